package fr.budgetcitoyen.allocation.cli;

import fr.budgetcitoyen.allocation.catalog.RuleCatalog;
import java.nio.file.Path;

/** The parsed arguments of {@link AllocateCommand}. */
record CommandLine(boolean helpRequested, String ruleName, Path file) {

    /** Throws IllegalArgumentException with a one-line explanation on bad arguments. */
    static CommandLine parse(String[] args) {
        String rule = null;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new CommandLine(true, null, null);
            } else if (arg.equals("--rule")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("--rule needs a rule name");
                }
                rule = onlyOnce(rule, args[++i]);
            } else if (arg.startsWith("--rule=")) {
                rule = onlyOnce(rule, arg.substring("--rule=".length()));
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else if (file == null) {
                file = arg;
            } else {
                throw new IllegalArgumentException("expected one FILE, found '" + file + "' and '" + arg + "'");
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("missing FILE.pb");
        }
        if (rule != null && rule.isBlank()) {
            throw new IllegalArgumentException("--rule needs a rule name");
        }
        return new CommandLine(false, rule == null ? RuleCatalog.AUTO : rule, Path.of(file));
    }

    private static String onlyOnce(String previous, String rule) {
        if (previous != null) {
            throw new IllegalArgumentException("--rule given twice");
        }
        return rule;
    }
}
