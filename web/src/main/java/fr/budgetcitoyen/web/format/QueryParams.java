package fr.budgetcitoyen.web.format;

import java.util.List;
import java.util.Optional;

/**
 * Reading the GET parameters of the public lists (filters, page numbers): a value that makes no sense
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

    /** A page number from 1, 1 when absent or not a positive number. */
    public static int page(String value) {
        return Optional.ofNullable(value).filter(p -> p.matches("\\d{1,4}")).map(Integer::valueOf).filter(p -> p > 0).orElse(1);
    }

    /** The year the parameter names among those offered, else the first offered (null when none is). */
    public static Integer yearAmong(List<Integer> offered, String value) {
        return offered.stream().filter(y -> String.valueOf(y).equals(value)).findFirst()
                .orElse(offered.isEmpty() ? null : offered.get(0));
    }

    /** How many pages of {@code size} items {@code total} items fill (at least one). */
    public static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
