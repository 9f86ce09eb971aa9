package fr.budgetcitoyen.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A page that fails because the database is out of reach (a restart, a fail-over) answers 503 with a page
 * asking to retry in a moment, instead of the incident page: a static page, since the site's own pages would
 * need the database to render. The API says the same in JSON (its exception mapper).
 */
@WebFilter(filterName = "DatabaseOutageFilter", urlPatterns = "/*", asyncSupported = true)
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String RETRY_AFTER_SECONDS = "5";
    private static final byte[] PAGE = page();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseOutage.causes(e) || response.isCommitted()) {
                throw e;
            }
            request.getServletContext().log("Database out of reach for " + request.getRequestURI() + ": " + e);
            response.resetBuffer(); // keeps the security headers already set
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            try {
                response.getOutputStream().write(PAGE);
            } catch (IllegalStateException writerTaken) { // Faces already asked for the writer
                response.getWriter().write(new String(PAGE, StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] page() {
        try (InputStream in = DatabaseOutageFilter.class.getResourceAsStream("unavailable.html")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
