package fr.budgetcitoyen.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.omnifaces.cdi.Param;

import java.util.Optional;

/**
 * A request-scoped page about one thing named by its {@code ?id=}: found once when the bean is made, or the 404
 * page ({@link PageIds}). A page says how it finds the thing, and what else it reads once it is found.
 *
 * @param <T> what the page shows
 */
public abstract class DetailPage<T> {

    private final String notFound;

    @Inject @Param(name = "id") private String id;

    private T shown;

    /** {@code notFound} is the 404 page's reason, "Idée inconnue". */
    protected DetailPage(String notFound) { this.notFound = notFound; }

    @PostConstruct
    void load() {
        shown = PageIds.findOr404(id, this::find, notFound);
        if (shown != null) {
            found(shown);
        }
    }

    /** The thing the id names, empty when unknown (or not to be shown). */
    protected abstract Optional<T> find(long id);

    /** What the page reads once the thing is found; nothing by default. */
    protected void found(T thing) {
    }

    /** The thing shown; null after a 404. */
    protected T shown() { return shown; }
}
