package fr.budgetcitoyen.project;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a project file may have attached: PDF documents and photos. The type is read from the content's
 * first bytes, never from the name or the browser's claim, so a renamed script is not taken for a PDF.
 */
public enum AttachmentType {
    PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String contentType;
    private final byte[] signature;

    AttachmentType(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    public static Optional<AttachmentType> detect(byte[] content) {
        return Arrays.stream(values()).filter(t -> t.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        return content != null && content.length >= signature.length
                && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }

    public String contentType() { return contentType; }
}
