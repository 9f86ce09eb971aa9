package fr.budgetcitoyen.project;

import fr.budgetcitoyen.demo.DemoEditions;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AttachmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);

    private final Project draft = Project.draft(DemoEditions.nextEdition(TODAY, 2027).categories().get(0), 7L, "Recyclerie", TODAY);

    private static String key(InvalidFieldsException e) {
        return e.problems().get(0).key();
    }

    @Test
    void theTypeIsReadFromTheContentNotTheName() {
        Attachment pdf = Attachment.accept(draft, "C:\\Users\\moi\\statuts.pdf", PDF, 0, TODAY, NOW);
        assertEquals(AttachmentType.PDF, pdf.file().type());
        assertEquals("statuts.pdf", pdf.file().fileName(), "no path from the browser");
        assertEquals(64, pdf.file().sha256().length());
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
        assertEquals("attachment.type", key(assertThrows(InvalidFieldsException.class,
                () -> Attachment.accept(draft, "photo.jpg", script, 0, TODAY, NOW))));
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0};
        assertEquals(AttachmentType.JPEG, Attachment.accept(draft, "../../etc/passwd", jpeg, 0, TODAY, NOW).file().type());
    }

    @Test
    void emptyTooLargeOrOneTooManyIsRefused() {
        assertEquals("attachment.required", key(assertThrows(InvalidFieldsException.class,
                () -> Attachment.accept(draft, "vide.pdf", new byte[0], 0, TODAY, NOW))));
        byte[] big = new byte[Attachment.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertEquals("attachment.tooLarge", key(assertThrows(InvalidFieldsException.class,
                () -> Attachment.accept(draft, "gros.pdf", big, 0, TODAY, NOW))));
        assertEquals("attachment.tooMany", key(assertThrows(InvalidFieldsException.class,
                () -> Attachment.accept(draft, "onze.pdf", PDF, Attachment.MAX_PER_FILE, TODAY, NOW))));
    }

    @Test
    void eachUploadGetsItsOwnRandomStorageNameAndANameWithoutControlCharacters() {
        Attachment first = Attachment.accept(draft, "devis\u0000\".pdf", PDF, 0, TODAY, NOW);
        Attachment second = Attachment.accept(draft, "devis.pdf", PDF, 1, TODAY, NOW);
        assertEquals("devis.pdf", first.file().fileName());
        assertNotEquals(first.file().storageKey(), second.file().storageKey());
        assertEquals(List.of("application/pdf", "image/png", "image/jpeg"), Attachment.allowedContentTypes());
    }
}
