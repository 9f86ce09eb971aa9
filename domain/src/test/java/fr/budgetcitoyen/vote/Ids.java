package fr.budgetcitoyen.vote;

import java.lang.reflect.Field;

/** Gives unsaved entities the id the database would, for rules that compare ids. */
final class Ids {

    private Ids() {
    }

    static <T> T assign(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
