package fr.budgetcitoyen.shared;

import java.lang.reflect.Field;

/** Gives unsaved entities the id the database would, for rules that compare ids. */
public final class Ids {

    private Ids() {
    }

    public static <T> T assign(T entity, long id) {
        try {
            Field field = IdentifiedEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
