package fr.budgetcitoyen.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the {@code Jpa…} repositories all do alike: an entity by id (locked or not); typed JPQL queries whose named
 * parameters follow the query as name, value, name, value…, so each repository method says only its query; names by
 * id; the search forms' optional filters.
 */
public abstract class JpaStore {

    @PersistenceContext protected EntityManager em;

    protected <T> Optional<T> byId(Class<T> type, Object id) {
        return Optional.ofNullable(em.find(type, id));
    }

    /** Locked until the transaction ends, for a change that must not race another (a seat, a balance). */
    protected <T> Optional<T> lockedById(Class<T> type, Object id) {
        return Optional.ofNullable(em.find(type, id, LockModeType.PESSIMISTIC_WRITE));
    }

    protected <T> List<T> list(Class<T> type, String jpql, Object... namesAndValues) {
        return query(type, jpql, namesAndValues).getResultList();
    }

    protected <T> Optional<T> first(Class<T> type, String jpql, Object... namesAndValues) {
        return query(type, jpql, namesAndValues).getResultStream().findFirst();
    }

    protected <T> T single(Class<T> type, String jpql, Object... namesAndValues) {
        return query(type, jpql, namesAndValues).getSingleResult();
    }

    /**
     * A name for each id, in one read whatever their number: {@code jpql} selects the id and the name, with the ids as
     * {@code :ids}. No ids, no query ({@code in ()} is not JPQL).
     */
    protected Map<Long, String> namesById(String jpql, Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : query(Object[].class, jpql, "ids", ids).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    /** An optional filter left blank is no filter: its {@code (:x is null or …)} clause lets every row through. */
    protected static String unlessBlank(String filter) {
        return filter == null || filter.isBlank() ? null : filter;
    }

    /**
     * Typed text as a LIKE pattern: the rows containing it, case aside; null (no filter) when nothing was typed. Its
     * {@code %} and {@code _} are matched as typed: escaped with a backslash, which the query names as its escape
     * ({@code like :text escape '\'}), PostgreSQL's default but not H2's.
     */
    protected static String containing(String text) {
        return unlessBlank(text) == null ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
    }

    protected <T> TypedQuery<T> query(Class<T> type, String jpql, Object... namesAndValues) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.setParameter((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return query;
    }
}
