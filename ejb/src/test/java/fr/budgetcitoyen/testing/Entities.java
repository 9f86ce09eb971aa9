package fr.budgetcitoyen.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.Map;

/**
 * Entities in a state their factories reach only through a long path (a project in a decided allocation): built as
 * JPA builds them, field by field. For a test's starting point only; the rules under test still run as written.
 */
public final class Entities {

    private Entities() {
    }

    public static <T> T build(Class<T> type, Map<String, Object> fields) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T entity = constructor.newInstance();
            for (Map.Entry<String, Object> value : fields.entrySet()) {
                Field field = fieldNamed(type, value.getKey());
                field.setAccessible(true);
                field.set(entity, value.getValue());
            }
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a " + type.getSimpleName(), e);
        }
    }

    /** Declared by the entity or a mapped superclass above it (the id). */
    private static Field fieldNamed(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException notHere) {
                // one class up
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
