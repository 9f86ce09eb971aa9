package fr.budgetcitoyen.web.platform;

import org.omnifaces.util.Faces;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A page's id parameter ({@code ?id=12}) read in one way, and the one place that answers 404 for an id that
 * is missing, forged (letters, a huge number) or unknown: such a link is a page not found, never a 500.
 */
public final class PageIds {

    /** Twelve digits: every real id fits, and {@link Long#parseLong} can never overflow. */
    private static final String ID = "\\d{1,12}";

    private PageIds() {
    }

    /** The id the text names, or empty when it is not a plain number. */
    public static Optional<Long> parse(String text) {
        return text != null && text.matches(ID) ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    /** What the id designates, or null after sending the 404 page (said {@code notFound}). */
    public static <T> T findOr404(String text, LongFunction<Optional<T>> find, String notFound) {
        Optional<T> found = find(text, find);
        if (found.isEmpty()) {
            notFound(notFound);
        }
        return found.orElse(null);
    }

    /** What the id designates, empty when the id is forged or unknown. */
    public static <T> Optional<T> find(String text, LongFunction<Optional<T>> find) {
        return parse(text).flatMap(find::apply);
    }

    /** Sends the 404 page; the caller stops rendering its content. */
    public static void notFound(String what) {
        Faces.responseSendError(404, what);
    }
}
