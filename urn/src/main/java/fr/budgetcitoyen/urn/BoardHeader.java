package fr.budgetcitoyen.urn;

import java.io.IOException;
import java.io.Reader;

/**
 * What identifies a public board, read without its ballots (which may weigh hundreds of megabytes): the
 * sealed election's string, the published fingerprint, the key ceremony's threshold parameters (JSON, or
 * {@code null} before the ceremony ends). The key fingerprints read aloud at the sealing come from there.
 */
public record BoardHeader(String election, String fingerprint, Object thresholdParameters) {

    private static final int MAX_FIELD_CHARS = 64 << 20;

    public static BoardHeader of(Reader board) throws IOException {
        BoardReader in = new BoardReader(board);
        String election = null;
        String fingerprint = null;
        Object parameters = null;
        in.expect('{');
        if (!in.consume('}')) {
            do {
                if (!(Json.parse(in.value(64)) instanceof String key)) {
                    throw in.error("nom de champ attendu");
                }
                in.expect(':');
                switch (key) {
                    case "election" -> election = Json.parse(in.value(Election.MAX_CHARS + 1024)) instanceof String s ? s : null;
                    case "fingerprint" -> fingerprint = Json.parse(in.value(1024)) instanceof String s ? s : null;
                    case "threshold_parameters" -> parameters = Json.parse(in.value(MAX_FIELD_CHARS));
                    default -> skip(in);
                }
            } while (in.consume(','));
            in.expect('}');
        }
        return new BoardHeader(election, fingerprint, parameters);
    }

    /** Skips a value; an array (the ballots) element by element, so that it is never held whole. */
    static void skip(BoardReader in) throws IOException {
        if (in.peek() != '[') {
            in.value(MAX_FIELD_CHARS);
            return;
        }
        in.expect('[');
        if (in.consume(']')) {
            return;
        }
        do {
            in.value(MAX_FIELD_CHARS);
        } while (in.consume(','));
        in.expect(']');
    }
}
