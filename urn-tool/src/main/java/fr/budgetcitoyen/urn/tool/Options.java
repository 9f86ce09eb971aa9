package fr.budgetcitoyen.urn.tool;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The {@code --name value} options of a command; anything unknown, repeated or missing is a usage error. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    private Options() {
    }

    static Options parse(String command, String[] args, int from, Set<String> allowed) {
        Options options = new Options();
        for (int i = from; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || !allowed.contains(name.substring(2))) {
                throw ToolException.usage("option inconnue pour « " + command + " » : " + name);
            }
            if (i + 1 >= args.length) {
                throw ToolException.usage("valeur manquante après " + name);
            }
            if (options.values.put(name.substring(2), args[++i]) != null) {
                throw ToolException.usage("option répétée : " + name);
            }
        }
        return options;
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw ToolException.usage("option obligatoire manquante : --" + name);
        }
        return value;
    }

    String optional(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The edition's year: four digits. */
    int year() {
        String year = required("year");
        if (!year.matches("20[0-9]{2}")) {
            throw ToolException.usage("année invalide : " + year + " (quatre chiffres attendus, par exemple 2026)");
        }
        return Integer.parseInt(year);
    }
}
