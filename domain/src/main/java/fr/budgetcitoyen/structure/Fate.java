package fr.budgetcitoyen.structure;

/**
 * What became of a labelled project, each step reached after the one before: labelled by the committee, put on
 * the ballot by the commission, funded after the vote by the Commission permanente, paid (instalments); and,
 * apart from that ladder, still active at its carrier's latest yearly report.
 */
public enum Fate {
    LABELLED,
    ON_BALLOT,
    FUNDED,
    PAID,
    ACTIVE;

    /** Whether a project at {@code step} of the ladder reached this step. */
    boolean reachedBy(Fate step) {
        return this != ACTIVE && step.ordinal() >= ordinal();
    }
}
