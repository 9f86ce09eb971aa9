package fr.budgetcitoyen.project;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What every uploaded document shares: a safe display name and the fingerprint of its content. */
public final class Uploads {

    private Uploads() {
    }

    /** The name without any path a browser may send, without control characters, and not too long. */
    public static String displayName(String given, AttachmentType type, int max) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "piece-jointe." + type.name().toLowerCase();
        }
        return name.length() <= max ? name : name.substring(name.length() - max);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
