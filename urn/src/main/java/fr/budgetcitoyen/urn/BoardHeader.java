package fr.budgetcitoyen.urn;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * What identifies a public board, read without its ballots (which may weigh hundreds of megabytes): the
 * sealed election's string, the published fingerprint, the key ceremony's threshold parameters (JSON, or
 * {@code null} before the ceremony ends). The key fingerprints read aloud at the sealing come from there.
 */
public record BoardHeader(String election, String fingerprint, Object thresholdParameters) {

    private static final int MAX_FIELD_CHARS = 64 << 20;

    public static BoardHeader of(Reader board) throws IOException {
        BoardReader in = new BoardReader(board);
        Map<String, Object> kept = new HashMap<>();
        in.object(64, key -> {
            switch (key) {
                case "election" -> kept.put(key, Json.parse(in.value(Election.MAX_CHARS + 1024)));
                case "fingerprint" -> kept.put(key, Json.parse(in.value(1024)));
                case "threshold_parameters" -> kept.put(key, Json.parse(in.value(MAX_FIELD_CHARS)));
                default -> skip(in);
            }
        });
        return new BoardHeader(kept.get("election") instanceof String s ? s : null,
                kept.get("fingerprint") instanceof String s ? s : null, kept.get("threshold_parameters"));
    }

    /** Skips a value; an array (the ballots) element by element, so that it is never held whole. */
    static void skip(BoardReader in) throws IOException {
        if (in.peek() != '[') {
            in.value(MAX_FIELD_CHARS);
        } else {
            in.array(() -> in.value(MAX_FIELD_CHARS));
        }
    }
}
