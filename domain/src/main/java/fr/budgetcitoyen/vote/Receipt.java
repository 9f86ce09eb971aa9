package fr.budgetcitoyen.vote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code a voter receives once, to find their ballot in the published list. 160 random bits in
 * Crockford base 32 (no I, L, O, U: easy to read out), grouped by four; the ballot stores only its
 * SHA-256, so the code cannot be recomputed from the database.
 */
public final class Receipt {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BITS = 160;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern NOT_IN_CODE = Pattern.compile("[^0-9A-Z]");

    private final String code;

    private Receipt(String code) { this.code = code; }

    public static Receipt issue() {
        byte[] bytes = new byte[BITS / 8];
        RANDOM.nextBytes(bytes);
        StringBuilder code = new StringBuilder();
        int buffer = 0;
        int bitsInBuffer = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bitsInBuffer += 8;
            while (bitsInBuffer >= 5) {
                bitsInBuffer -= 5;
                append(code, ALPHABET.charAt((buffer >> bitsInBuffer) & 31));
            }
        }
        return new Receipt(code.toString());
    }

    private static void append(StringBuilder code, char c) {
        if (code.length() % 5 == 4) {
            code.append('-');
        }
        code.append(c);
    }

    /** The hash of a code as a voter types it: case, spaces and dashes do not matter. */
    public static String hashOf(String typedCode) {
        String normalised = Objects.requireNonNull(typedCode, "code").toUpperCase(Locale.ROOT);
        normalised = NOT_IN_CODE.matcher(normalised).replaceAll("");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public String code() { return code; }

    public String hash() {
        return hashOf(code);
    }

    @Override
    public String toString() {
        return "Receipt(hidden)";
    }
}
