package fr.budgetcitoyen.urn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Structural checks shared by the message readers, on top of {@link Json}'s typed readers: a message has
 * exactly its fields (an unknown field would not be in the hashed serialisation, so it is refused rather
 * than silently dropped), and list sizes are bounded before any arithmetic is done on their contents.
 */
final class Fields {

    private Fields() {
    }

    /** The object a reader starts from, with exactly its fields. */
    static Map<String, Object> object(Object json, String what, String... names) {
        Map<String, Object> in = Json.asObject(json, what);
        exactly(in, what, names);
        return in;
    }

    static void exactly(Map<String, Object> json, String what, String... names) {
        if (json.size() != names.length || !json.keySet().containsAll(Set.of(names))) {
            throw new InvalidMessageException(what + " : champs attendus " + String.join(", ", names)
                    + ", reçus " + String.join(", ", json.keySet().stream().map(Group::abbreviate).toList()));
        }
    }

    static List<Object> list(Map<String, Object> json, String field, int min, int max) {
        return size(Json.array(json, field), "champ « " + field + " »", min, max);
    }

    static List<Object> size(List<Object> list, String what, int min, int max) {
        if (list.size() < min || list.size() > max) {
            throw new InvalidMessageException(what + " : " + (min == max ? min + " élément(s) attendu(s)"
                    : "entre " + min + " et " + max + " éléments attendus") + ", " + list.size() + " reçu(s)");
        }
        return list;
    }

    /** A bounded list of strings (the holders' encrypted secrets). */
    static List<String> strings(Map<String, Object> json, String field, int min, int max) {
        List<String> strings = new ArrayList<>();
        for (Object s : list(json, field, min, max)) {
            if (!(s instanceof String string)) {
                throw new InvalidMessageException("champ « " + field + " » : chaînes attendues");
            }
            strings.add(string);
        }
        return strings;
    }

    static int integer(Map<String, Object> json, String field, long min, long max) {
        long value = Json.integer(json, field);
        if (value < min || value > max) {
            throw new InvalidMessageException("champ « " + field + " » : entier entre " + min + " et " + max
                    + " attendu, " + value + " reçu");
        }
        return (int) value;
    }
}
