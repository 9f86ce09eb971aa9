package fr.budgetcitoyen.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What the platform stores instead of a secret or a personal value it only has to recognise again. */
public final class Digests {

    private Digests() {
    }

    /** SHA-256 of the UTF-8 text, in lower-case hex (64 characters). */
    public static String sha256Hex(String value) {
        return HexFormat.of().formatHex(sha256().digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** A fresh SHA-256 digest, for content fed in several parts. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
