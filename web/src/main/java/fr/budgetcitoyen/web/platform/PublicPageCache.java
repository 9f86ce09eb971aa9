package fr.budgetcitoyen.web.platform;

import fr.budgetcitoyen.platform.PublicContent;
import fr.budgetcitoyen.platform.PublicContentVersions;
import fr.budgetcitoyen.web.i18n.LocaleBacking;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The public pages, as an anonymous visitor sees them, are rendered once per change rather than once per request
 * (issue 19: a launch day, a newspaper link, a crawler). A page is kept per address and language until what it shows
 * changes ({@link PublicContentVersions}, on every node of a cluster) or, at the latest, for
 * {@code budgetcitoyen.pages.cache.seconds} (what depends on the date: a phase that opens). Only for a visitor
 * without a session or any cookie but the language's: whoever signed in, or holds a flash message, gets the page
 * rendered for them. Answers carry {@code X-Page-Cache: hit|miss}, an entity tag and {@code Cache-Control: no-cache}
 * (the browser revalidates and gets a 304 when nothing changed).
 */
@WebFilter(filterName = "PublicPageCache", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "X-Page-Cache";
    private static final String HANDLED = PublicPageCache.class.getName();
    private static final int MAX_PAGES = 2000;
    private static final int MAX_QUERY = 300;
    private static final int WAIT_SECONDS = 5;
    private static final Pattern PUBLIC_API = Pattern.compile(
            "/api/(campaigns(/[0-9]{4}(/projects|/results)?)?|territories|scics)");
    private static final Set<String> SHOW_THE_VOTE = Set.of("/results.xhtml", "/ballots.xhtml", "/board.xhtml",
            "/edition.xhtml");

    @Inject private transient PublicContentVersions versions;

    @Inject
    @ConfigProperty(name = "budgetcitoyen.pages.cache.seconds", defaultValue = "60")
    private int seconds;

    private final transient ConcurrentMap<String, CachedPage> pages = new ConcurrentHashMap<>();
    private final transient ConcurrentMap<String, Rendering> rendering = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String viewId = viewId(request);
        if (viewId == null || request.getAttribute(HANDLED) != null || !anonymous(request)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(HANDLED, Boolean.TRUE);
        String key = viewId + '?' + Optional.ofNullable(request.getQueryString()).orElse("") + '|' + language(request);
        long version = versions.version(SHOW_THE_VOTE.contains(viewId) ? Set.of(PublicContent.values()) : Set.of(PublicContent.CONTENT));
        long now = System.nanoTime();
        CachedPage page = pages.get(key);
        if (page != null && page.fresh(version, now)) {
            serve(page, request, response);
            return;
        }
        // One rendering per page and version at a time: a crowd arriving just after a change waits for it.
        Rendering mine = new Rendering(version);
        Rendering running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            Optional<CachedPage> shared = running.version == version ? running.await() : Optional.empty();
            if (shared.isPresent()) {
                serve(shared.get(), request, response);
                return;
            }
            mine = null; // render it for this visitor alone
        }
        try {
            Optional<CachedPage> kept = render(key, version, now, request, response, chain);
            if (mine != null) {
                mine.done.complete(kept);
            }
        } finally {
            if (mine != null) {
                mine.done.complete(Optional.empty()); // no effect once completed
                rendering.remove(key, mine);
            }
        }
    }

    private Optional<CachedPage> render(String key, long version, long now, HttpServletRequest request,
                                        HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        if (captured.passedThrough()) {
            return Optional.empty();
        }
        byte[] body = captured.body();
        Optional<CachedPage> kept = keepable(request, captured)
                ? CachedPage.of(version, now + TimeUnit.SECONDS.toNanos(seconds), captured, body) : Optional.empty();
        if (kept.isPresent()) {
            keep(key, kept.get());
            response.setHeader("ETag", kept.get().etag(kept.get().hasNonce() ? CachedPage.nonceOf(captured.getHeader(CachedPage.CSP)) : null));
            cacheHeaders(response, "miss");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return kept;
    }

    /** A page being rendered, for the visitors who ask for it meanwhile. */
    private static final class Rendering {
        final long version;
        final CompletableFuture<Optional<CachedPage>> done = new CompletableFuture<>();

        Rendering(long version) {
            this.version = version;
        }

        Optional<CachedPage> await() {
            try {
                return done.get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException | TimeoutException e) {
                return Optional.empty();
            }
        }
    }

    private static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        cacheHeaders(response, "hit");
        Optional<CachedPage.Copy> copy = page.revalidated(request.getHeader("If-None-Match"));
        if (copy.isPresent()) {
            page.headers(response, copy.get().nonce()); // the policy of the copy the visitor keeps
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        page.writeTo(response, page.hasNonce() ? CachedPage.freshNonce() : null);
    }

    private static void cacheHeaders(HttpServletResponse response, String outcome) {
        response.setHeader(HEADER, outcome);
        response.setHeader("Cache-Control", "no-cache");
        response.addHeader("Vary", "Cookie");
    }

    /**
     * The public view asked for: at the first dispatch for a {@code .xhtml} path, or at the forward of an extensionless
     * one; or a public resource of the API small enough to keep (not the board, the ballots or the downloads).
     */
    private static String viewId(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return null;
        }
        String path = request.getServletPath();
        if (path.equals("/api")) {
            String resource = path + Optional.ofNullable(request.getPathInfo()).orElse("");
            return PUBLIC_API.matcher(resource).matches() ? resource : null;
        }
        String viewId = path.endsWith(".xhtml") ? path : null;
        return viewId != null && StatelessViews.PUBLIC.contains(viewId) && !viewId.startsWith("/errors/") ? viewId : null;
    }

    /** No session, no credentials, no cookie but the language's: nothing that could make the page this visitor's own. */
    private static boolean anonymous(HttpServletRequest request) {
        if (request.getRequestedSessionId() != null || request.getHeader("Authorization") != null
                || request.getUserPrincipal() != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!LocaleBacking.COOKIE.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        String query = request.getQueryString();
        return query == null || query.length() <= MAX_QUERY;
    }

    private static String language(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LocaleBacking.COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return "en";
                }
            }
        }
        return "fr";
    }

    private static boolean keepable(HttpServletRequest request, CapturedResponse response) {
        String type = response.getContentType();
        return response.getStatus() == HttpServletResponse.SC_OK && type != null
                && (type.startsWith("text/html") || type.startsWith("application/json"))
                && response.getHeaders("Set-Cookie").isEmpty() && request.getSession(false) == null;
    }

    /** Bounded: addresses are the visitors' to choose (any query string), memory is not. */
    private void keep(String key, CachedPage page) {
        if (pages.size() >= MAX_PAGES) {
            Iterator<String> some = pages.keySet().iterator(); // in no particular order
            for (int i = 0; i < MAX_PAGES / 10 && some.hasNext(); i++) {
                some.next();
                some.remove();
            }
        }
        pages.put(key, page);
    }
}
