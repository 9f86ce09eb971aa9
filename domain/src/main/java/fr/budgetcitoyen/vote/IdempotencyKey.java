package fr.budgetcitoyen.vote;

import java.io.Serializable;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a client sends with a vote so that sending it again (an answer lost with its node, a 503, a double
 * click) gets the first answer back instead of « already voted »: the {@code Idempotency-Key} header of the
 * IETF's draft-ietf-httpapi-idempotency-key-header. 1 to 64 letters, digits, {@code -} or {@code _} (a UUID
 * fits). A key is the voter's own: it is kept with their ballot and compared for the same voter and category only.
 */
public record IdempotencyKey(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public IdempotencyKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("« Idempotency-Key » : de 1 à 64 lettres, chiffres, « - » ou « _ ».");
        }
    }

    /** A fresh key, as the vote page makes one for each confirmation. */
    public static IdempotencyKey random() {
        return new IdempotencyKey(UUID.randomUUID().toString());
    }

    /** The key a client sent, or null when it sent none. */
    public static IdempotencyKey ofNullable(String value) {
        return value == null ? null : new IdempotencyKey(value);
    }
}
