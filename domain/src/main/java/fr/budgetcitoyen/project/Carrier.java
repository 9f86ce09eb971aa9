package fr.budgetcitoyen.project;

import java.util.Objects;

/** The ESS structure that carries a project. */
public record Carrier(String name, LegalForm legalForm) {

    public Carrier {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A carrier needs a name");
        }
        Objects.requireNonNull(legalForm, "legalForm");
        name = name.strip();
    }
}
