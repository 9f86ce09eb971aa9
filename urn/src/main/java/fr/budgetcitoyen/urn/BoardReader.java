package fr.budgetcitoyen.urn;

import java.io.IOException;
import java.io.Reader;

/**
 * Walks a JSON text from a {@link Reader} without building it, handing out the raw text of one value at a
 * time: a board of a hundred thousand ballots is hundreds of megabytes, far more than its parsed maps would
 * fit in memory, so the board verifier reads its top-level fields and its ballots one by one and gives each
 * to {@link Json#parse}. This class only finds where values end (strings, escapes, nesting); {@link Json}
 * still judges each value.
 */
final class BoardReader {

    private static final int MAX_DEPTH = 64;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int at;
    private long offset;

    BoardReader(Reader in) {
        this.in = in;
    }

    /** The next significant character, not consumed; -1 at the end of the text. */
    int peek() throws IOException {
        while (true) {
            if (at == length && !fill()) {
                return -1;
            }
            char c = buffer[at];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return c;
            }
            at++;
        }
    }

    void expect(char c) throws IOException {
        if (peek() != c) {
            throw error("« " + c + " » attendu");
        }
        at++;
    }

    /** Consumes {@code c} if it comes next. */
    boolean consume(char c) throws IOException {
        if (peek() == c) {
            at++;
            return true;
        }
        return false;
    }

    /** The raw text of the next complete value (object, array, string, number or literal). */
    String value(int maxChars) throws IOException {
        int first = peek();
        if (first < 0) {
            throw error("valeur attendue");
        }
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        while (true) {
            if (at == length && !fill()) {
                if (depth == 0 && !inString && !out.isEmpty()) {
                    return out.toString();
                }
                throw error("fin inattendue");
            }
            char c = buffer[at];
            if (depth == 0 && !inString && !out.isEmpty() && isEndOfScalar(c)) {
                return out.toString();
            }
            at++;
            out.append(c);
            if (out.length() > maxChars) {
                throw error("valeur de plus de " + maxChars + " caractères");
            }
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        return out.toString();
                    }
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    throw error("JSON trop imbriqué");
                }
            } else if (c == '}' || c == ']') {
                if (--depth < 0) {
                    throw error("« " + c + " » inattendu");
                }
                if (depth == 0) {
                    return out.toString();
                }
            }
        }
    }

    private static boolean isEndOfScalar(char c) {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private boolean fill() throws IOException {
        offset += length;
        at = 0;
        length = 0;
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        length = n;
        return true;
    }

    /** Reads one field's value; the reader stands just after the field's name and colon. */
    @FunctionalInterface
    interface Field {
        void read(String key) throws IOException;
    }

    /** Reads one array element; the reader stands at its start. */
    @FunctionalInterface
    interface Element {
        void read() throws IOException;
    }

    /** Walks an object field by field, names at most {@code maxKeyChars} long, handing each to {@code field}. */
    void object(int maxKeyChars, Field field) throws IOException {
        expect('{');
        if (consume('}')) {
            return;
        }
        do {
            if (!(Json.parse(value(maxKeyChars)) instanceof String key)) {
                throw error("nom de champ attendu");
            }
            expect(':');
            field.read(key);
        } while (consume(','));
        expect('}');
    }

    /** Walks an array element by element, so that it is never held whole. */
    void array(Element element) throws IOException {
        expect('[');
        if (consume(']')) {
            return;
        }
        do {
            element.read();
        } while (consume(','));
        expect(']');
    }

    InvalidMessageException error(String what) {
        return new InvalidMessageException("tableau public illisible (caractère " + (offset + at) + ") : " + what);
    }
}
