package fr.budgetcitoyen.allocation.catalog;

import java.util.Collection;

/** A rule name that the catalog does not know. */
public class UnknownRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownRuleException(String name, Collection<String> known) {
        super("unknown rule '" + name + "' (known rules: " + String.join(", ", known) + ")");
    }
}
