package fr.budgetcitoyen.web.platform;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.servlet.http.Part;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UploadsTest {

    @Test
    void aFileWithinItsLimitIsReadWithItsName() throws IOException {
        Part sent = part("compte-rendu.pdf", new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Uploads.read(sent, 3, "file", "attachment.tooLarge"));
        assertEquals("compte-rendu.pdf", Uploads.fileName(sent));
    }

    @Test
    void noFileIsNoBytesAndNoName() throws IOException {
        assertArrayEquals(new byte[0], Uploads.read(null, 3, "file", "attachment.tooLarge"));
        assertNull(Uploads.fileName(null));
    }

    @Test
    void aFileOverItsLimitIsRefusedOnItsFieldBeforeBeingRead() {
        Part tooLarge = part("photo.jpg", null); // reading it would fail
        InvalidFieldsException refused = assertThrows(InvalidFieldsException.class,
                () -> Uploads.read(tooLarge, 3, "logo", "ambassador.logo.tooLarge"));
        assertEquals("logo", refused.problems().get(0).field());
        assertEquals("ambassador.logo.tooLarge", refused.problems().get(0).key());
    }

    /** A part of the given content; without content, four bytes that cannot be read. */
    private static Part part(String name, byte[] content) {
        return (Part) Proxy.newProxyInstance(Part.class.getClassLoader(), new Class<?>[] {Part.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getSize" -> content == null ? 4L : (long) content.length;
                    case "getSubmittedFileName" -> name;
                    case "getInputStream" -> {
                        if (content == null) {
                            throw new AssertionError("a file over its limit is never read");
                        }
                        yield new ByteArrayInputStream(content);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
