package fr.budgetcitoyen.web.admin;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A PrimeFaces lazy model over a service's search: a count and a page, for the back-office tables.
 * The table's own filters and sorting are not used; the page's search fields drive the query.
 * The table keeps its own page (PrimeFaces' paginator, posted back); the lists paged by links or by the page's
 * own buttons keep theirs in {@link fr.budgetcitoyen.web.format.ListSearch}.
 */
final class PagedSearch<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The total matching the current search. */
    @FunctionalInterface
    interface Count extends Serializable {
        long get();
    }

    /** One page of the current search. */
    @FunctionalInterface
    interface Page<T> extends Serializable {
        List<T> get(int first, int size);
    }

    private final Count count;
    private final Page<T> page;
    private final SerializableKey<T> key;

    PagedSearch(Count count, Page<T> page, SerializableKey<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    /** Identifies a row. */
    @FunctionalInterface
    interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, count.get());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return page.get(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }
}
