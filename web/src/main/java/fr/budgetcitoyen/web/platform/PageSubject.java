package fr.budgetcitoyen.web.platform;

import java.io.Serializable;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What a view-scoped page is about, named by its {@code ?id=} (the request-scoped equivalent is {@link DetailPage}):
 * the view keeps the id, which is serialized with it, and the thing itself only until an action changes it
 * ({@link #forget}) or the view is restored elsewhere; the next {@link #get} then reads it again. The page passes its
 * finder at each call instead of leaving it here, so that no service proxy ever becomes part of the view's state.
 *
 * @param <T> what the page shows
 */
public final class PageSubject<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 0 until found: after a 404 the page shows nothing. */
    private long id;
    private transient T thing;

    /** What the id names, kept; or null after sending the 404 page (said {@code notFound}), see {@link PageIds}. */
    public T load(String text, LongFunction<Optional<T>> find, String notFound) {
        return load(PageIds.parse(text), find, notFound);
    }

    /** The same for a key read another way (an edition's year). */
    public T load(Optional<Long> key, LongFunction<Optional<T>> find, String notFound) {
        key.ifPresent(number -> find.apply(number).ifPresent(found -> keep(number, found)));
        if (thing == null) {
            PageIds.notFound(notFound);
        }
        return thing;
    }

    /** Shows a thing found another way (the only one the caller has), or as an action returned it: no read needed. */
    public void keep(long id, T thing) {
        this.id = id;
        this.thing = thing;
    }

    /** The thing, read once and kept until {@link #forget}; null after a 404. */
    public T get(LongFunction<Optional<T>> find) {
        if (thing == null && id != 0) {
            thing = find.apply(id).orElse(null);
        }
        return thing;
    }

    /** The thing read again at each call, for a page that shows it as it is now; null after a 404. */
    public T read(LongFunction<Optional<T>> find) {
        return id == 0 ? null : find.apply(id).orElse(null);
    }

    /** After an action that changed the thing: the next {@link #get} reads it again. */
    public void forget() { thing = null; }

    /** The id; 0 after a 404. */
    public long id() { return id; }

    public boolean isFound() { return id != 0; }
}
