package fr.budgetcitoyen.urn;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A voter's pseudonym for one edition: 128 random bits in lowercase hex, published with their ballots in
 * place of Belenios' credential; only the server's database links it to an account.
 */
public final class Pseudonyms {

    public static final Pattern PATTERN = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pseudonyms() {
    }

    public static String random() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    public static boolean isValid(String pseudonym) {
        return pseudonym != null && PATTERN.matcher(pseudonym).matches();
    }

    static String require(String pseudonym) {
        if (!isValid(pseudonym)) {
            throw new InvalidMessageException("pseudonyme mal formé : 32 chiffres hexadécimaux minuscules attendus");
        }
        return pseudonym;
    }
}
