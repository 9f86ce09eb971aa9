package fr.budgetcitoyen.urn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the urn's messages, without a library (the module stays pure Java): objects are
 * {@link LinkedHashMap}s, arrays {@link List}s, numbers {@link Long}s (the messages hold no other number).
 * {@link #write} is compact and keeps the order of the keys, byte for byte what JavaScript's
 * {@code JSON.stringify} gives for the same object: trackers and fingerprints hash that form.
 */
public final class Json {

    /** Deep enough for every message of the urn, shallow enough that no input exhausts the stack. */
    private static final int MAX_DEPTH = 16;

    private final String text;
    private int at;

    private Json(String text) { this.text = text; }

    public static Object parse(String text) {
        if (text == null) {
            throw new InvalidMessageException("JSON absent");
        }
        Json json = new Json(text);
        json.skipSpace();
        Object value = json.value(0);
        json.skipSpace();
        if (json.at != text.length()) {
            throw json.error("texte après la fin du JSON");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new InvalidMessageException("objet JSON attendu");
        }
        return (Map<String, Object>) value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("JSON trop imbriqué");
        }
        if (at >= text.length()) {
            throw error("fin inattendue");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("caractère inattendu « " + c + " »");
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek() == '}') {
            at++;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("nom de champ attendu");
            }
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            if (map.put(key, value(depth + 1)) != null || map.size() > 1_000_000) {
                throw error("champ « " + Group.abbreviate(key) + " » répété");
            }
            skipSpace();
            char c = next();
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw error("« , » ou « } » attendu");
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value(depth + 1));
            skipSpace();
            char c = next();
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw error("« , » ou « ] » attendu");
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("caractère de contrôle dans une chaîne");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("échappement \\u incomplet");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException notHex) {
                        throw error("échappement \\u invalide");
                    }
                    at += 4;
                }
                default -> throw error("échappement invalide");
            }
        }
    }

    private Object number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String literal = text.substring(start, at);
        if (literal.length() > 19 || !literal.matches("-?(0|[1-9][0-9]*)")) {
            throw error("nombre entier attendu : " + Group.abbreviate(literal));
        }
        return Long.parseLong(literal);
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error("valeur inconnue");
        }
        at += word.length();
        return value;
    }

    private void skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw error("fin inattendue");
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("« " + c + " » attendu");
        }
    }

    private InvalidMessageException error(String what) {
        return new InvalidMessageException("JSON invalide (caractère " + at + ") : " + what);
    }

    /** Compact JSON, keys in their order, strings escaped as {@code JSON.stringify} does. */
    public static String write(Object value) {
        return JsonWriter.write(value);
    }

    /** Small readers for messages: each says in French what is missing. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> in, String field) {
        Object v = in.get(field);
        if (!(v instanceof Map)) {
            throw new InvalidMessageException("champ « " + field + " » : objet attendu");
        }
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> array(Map<String, Object> in, String field) {
        Object v = in.get(field);
        if (!(v instanceof List)) {
            throw new InvalidMessageException("champ « " + field + " » : liste attendue");
        }
        return (List<Object>) v;
    }

    public static String string(Map<String, Object> in, String field) {
        Object v = in.get(field);
        if (!(v instanceof String s)) {
            throw new InvalidMessageException("champ « " + field + " » : chaîne attendue");
        }
        return s;
    }

    public static long integer(Map<String, Object> in, String field) {
        Object v = in.get(field);
        if (!(v instanceof Long l)) {
            throw new InvalidMessageException("champ « " + field + " » : entier attendu");
        }
        return l;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> asObject(Object v, String what) {
        if (!(v instanceof Map)) {
            throw new InvalidMessageException(what + " : objet attendu");
        }
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> asArray(Object v, String what) {
        if (!(v instanceof List)) {
            throw new InvalidMessageException(what + " : liste attendue");
        }
        return (List<Object>) v;
    }
}
