package fr.budgetcitoyen.web.platform;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.util.List;

/**
 * A file sent with a form, read in one way: refused over its limit before it is read at all, and read as no bytes
 * when none was sent (the service then says a file is required, next to the field like any other problem).
 */
public final class Uploads {

    private Uploads() {
    }

    /** Its bytes, none when no file was sent; over {@code maxBytes}, the problem {@code tooLargeKey} on {@code field}. */
    public static byte[] read(Part upload, long maxBytes, String field, String tooLargeKey) throws IOException {
        if (upload != null && upload.getSize() > maxBytes) {
            throw new InvalidFieldsException(List.of(new InvalidFieldsException.Problem(field, tooLargeKey)));
        }
        return upload == null ? new byte[0] : upload.getInputStream().readAllBytes();
    }

    /** The name the browser gave the file; null when none was sent. */
    public static String fileName(Part upload) {
        return upload == null ? null : upload.getSubmittedFileName();
    }
}
