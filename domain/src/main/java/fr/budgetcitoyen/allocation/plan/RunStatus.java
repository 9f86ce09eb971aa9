package fr.budgetcitoyen.allocation.plan;

/** The three explicit steps of a computed allocation, and what happens to a discarded one. */
public enum RunStatus {
    PROVISIONAL,
    VALIDATED,
    PUBLISHED,
    SUPERSEDED;

    /** A run in one of these decided its edition's grants. */
    public static final java.util.Set<RunStatus> DECIDED = java.util.EnumSet.of(VALIDATED, PUBLISHED);
}
