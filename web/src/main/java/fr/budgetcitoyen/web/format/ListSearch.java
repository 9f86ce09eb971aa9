package fr.budgetcitoyen.web.format;

import org.omnifaces.util.Faces;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The search and page state of a list: its terms as typed (the text, the filters), the page asked, the page size
 * and, once counted, the total. It gives the slice to read and the links to the other pages of the same search.
 * A page number that makes no sense (absent, negative, past the end) is brought back within the pages there are,
 * never an error: links get shared, edited and truncated.
 */
public final class ListSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int size;
    /** The terms in link order; a blank one is left out of the links. */
    private final LinkedHashMap<String, String> terms = new LinkedHashMap<>();
    private int asked;
    private long total;

    /** A search of {@code size} results a page, at the page the parameter names (the first when it names none). */
    public ListSearch(int size, String page) {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one result: " + size);
        }
        this.size = size;
        this.asked = page != null && page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
    }

    /**
     * The search a GET form asked, {@code ?q=banc&theme=SPORT&page=2}: the terms named (a blank one absent) and the
     * page, read from this request.
     */
    public static ListSearch fromRequest(int size, String... names) {
        return read(size, Faces::getRequestParameter, names);
    }

    /** The search the parameters ask: the terms named, from {@code parameters}, and its {@code page}. */
    static ListSearch read(int size, UnaryOperator<String> parameters, String... names) {
        ListSearch search = new ListSearch(size, parameters.apply("page"));
        QueryParams.read(parameters, names).forEach(search::with);
        return search;
    }

    /** A term of the search as typed; null when it was left blank. */
    public String term(String name) {
        return terms.get(name);
    }

    /** Keeps a term of the search as typed, so that the other pages' links repeat it. */
    public ListSearch with(String name, String value) {
        terms.put(name, value);
        return this;
    }

    /** How many results the whole search has; the page asked is then read within the pages there are. */
    public ListSearch counted(long total) {
        this.total = Math.max(0, total);
        return this;
    }

    /** This page of a list held whole (counts it first). */
    public <T> List<T> slice(List<T> all) {
        counted(all.size());
        int first = getFirst();
        return all.subList(first, Math.min(first + size, all.size()));
    }

    /** The page shown, from 1: the one asked, or the last when it asked past the end. */
    public int getPage() {
        return Math.min(asked, getPages());
    }

    /** How many pages the results fill; one (empty) page when there is none. */
    public int getPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public long getTotal() { return total; }

    /** The offset of this page's first result. */
    public int getFirst() {
        return (getPage() - 1) * size;
    }

    public int getSize() { return size; }

    public boolean isFirstPage() {
        return getPage() == 1;
    }

    public boolean isLastPage() {
        return getPage() == getPages();
    }

    /** For a list paged by postbacks rather than links. */
    public void next() {
        asked = Math.min(getPage() + 1, getPages());
    }

    public void previous() {
        asked = Math.max(1, getPage() - 1);
    }

    /** A new search starts at its first page. */
    public void restart() {
        asked = 1;
    }

    /** The query string of this search at another page, {@code ?q=banc&theme=SPORT&page=2}. */
    public String link(int page) {
        StringBuilder link = new StringBuilder("?");
        terms.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                link.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return link.append("page=").append(page).toString();
    }
}
