package fr.budgetcitoyen.web.platform;

import fr.budgetcitoyen.project.AttachmentService.Download;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /path/N}: sends the stored file N with the type read from its content (never sniffed by the browser),
 * either a private document (downloaded, never kept) or a public image (shown inline, kept a while); 404 when the id
 * is forged or the file is not there for this user. A servlet says where it finds the file.
 */
public abstract class StoredFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** For files that only signed-in people with a right to them may see. */
    protected static final String PRIVATE = "private, no-store";

    private final boolean inline;
    private final String cacheControl;

    /** A private document: always a download, never rendered as a page of the portal, never kept by a cache. */
    protected StoredFileServlet() {
        this(false, PRIVATE);
    }

    /** A public image: shown by the browser, and kept {@code maxAgeSeconds} by it and the caches on the way. */
    protected StoredFileServlet(int maxAgeSeconds) {
        this(true, "public, max-age=" + maxAgeSeconds);
    }

    private StoredFileServlet(boolean inline, String cacheControl) {
        this.inline = inline;
        this.cacheControl = cacheControl;
    }

    /** The file N for this request, empty when it does not exist or is not this user's to see. */
    protected abstract Optional<Download> find(HttpServletRequest request, long id);

    /** How long the file may be kept; the constructor's rule unless the request changes it. */
    protected String cacheControl(HttpServletRequest request) { return cacheControl; }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Download> download = PageIds.find(id, n -> find(request, n));
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download file = download.get();
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", cacheControl(request));
        response.getOutputStream().write(file.content());
    }
}
