package fr.budgetcitoyen.web.vote;

import java.util.Arrays;
import java.util.List;

/** The key holders' addresses as an agent types them: one a line, or separated by commas or semicolons. */
public final class HolderEmails {

    private HolderEmails() {
    }

    /** The addresses in the order typed, blanks dropped; the service says which one is unknown or repeated. */
    public static List<String> parse(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("[\\s,;]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
