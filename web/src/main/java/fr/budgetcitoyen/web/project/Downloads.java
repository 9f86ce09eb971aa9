package fr.budgetcitoyen.web.project;

import fr.budgetcitoyen.project.AttachmentService.Download;
import fr.budgetcitoyen.web.platform.PageIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.LongFunction;

/** Sends a stored file with the type read from its content, never sniffed by the browser. */
public final class Downloads {

    private Downloads() {
    }

    /** {@code /path/N}: the file N as {@code find} gives it, or 404. */
    public static void send(HttpServletRequest request, HttpServletResponse response, LongFunction<Optional<Download>> find,
                     boolean inline, String cacheControl) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Download> download = PageIds.find(id, find);
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
        response.setHeader("Cache-Control", cacheControl);
        response.getOutputStream().write(file.content());
    }
}
