package fr.budgetcitoyen.allocation.plan;

/** The three explicit steps of a computed allocation, and what happens to a discarded one. */
public enum RunStatus {
    PROVISIONAL,
    VALIDATED,
    PUBLISHED,
    SUPERSEDED
}
