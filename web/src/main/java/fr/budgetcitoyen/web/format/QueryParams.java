package fr.budgetcitoyen.web.format;

import org.omnifaces.util.Faces;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reading the GET parameters of the public lists (filters; the page number: {@link ListSearch}): a value that makes no sense
 * is ignored, never an error page — links get shared, edited and truncated.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The parameters named, read from this request: see {@link #read}. */
    public static Map<String, String> fromRequest(String... names) {
        return read(Faces::getRequestParameter, names);
    }

    /** The parameters named, in that order, as typed; a blank or absent one is null. */
    static Map<String, String> read(UnaryOperator<String> parameters, String... names) {
        Map<String, String> read = new LinkedHashMap<>();
        for (String name : names) {
            String value = parameters.apply(name);
            read.put(name, value == null || value.isBlank() ? null : value);
        }
        return read;
    }

    /** The constant named by the parameter, or null when it is absent or unknown. */
    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The year the parameter names ({@code 2026}), or null when it names none. */
    public static Integer year(String value) {
        return value != null && value.matches("\\d{4}") ? Integer.valueOf(value) : null;
    }

    /** The edition this request's {@code ?year=} names; empty when it names none (the page then picks its own). */
    public static Optional<Integer> requestedYear() {
        return Optional.ofNullable(year(Faces.getRequestParameter("year")));
    }

    /** The year the parameter names among those offered, else the first offered (null when none is). */
    public static Integer yearAmong(List<Integer> offered, String value) {
        return offered.stream().filter(y -> String.valueOf(y).equals(value)).findFirst()
                .orElse(offered.isEmpty() ? null : offered.get(0));
    }
}
