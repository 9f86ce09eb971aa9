package fr.budgetcitoyen.web.format;

import java.util.List;

/**
 * Reading the GET parameters of the public lists (filters; the page number: {@link ListSearch}): a value that makes no sense
 * is ignored, never an error page — links get shared, edited and truncated.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The constant named by the parameter, or null when it is absent or unknown. */
    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The year the parameter names among those offered, else the first offered (null when none is). */
    public static Integer yearAmong(List<Integer> offered, String value) {
        return offered.stream().filter(y -> String.valueOf(y).equals(value)).findFirst()
                .orElse(offered.isEmpty() ? null : offered.get(0));
    }
}
