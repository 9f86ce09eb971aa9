package fr.budgetcitoyen.campaign;

/**
 * The steps of a Budget citoyen campaign, in the order of the process (see the 2018 calendar).
 * Several may run at once (ideas are deposited while comptoirs already coach them): when they overlap,
 * the later step is the one the campaign is "in".
 */
public enum PhaseType {
    IDEAS,
    COMPTOIRS,
    PROJECT_FILES,
    LABELLING_COMMITTEE,
    COMMISSION_REVIEW,
    VOTE,
    RESULTS,
    COMMISSION_PERMANENTE,
    FOLLOW_UP;

    /** Whether this step comes after the other in the process. */
    public boolean isLaterThan(PhaseType other) {
        return ordinal() > other.ordinal();
    }
}
