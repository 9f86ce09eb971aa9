package fr.budgetcitoyen.vote;

/** Why an account may not vote; each has its own message and way out (bundle key {@code vote.refused.X}). */
public enum Ineligibility {
    VOTE_CLOSED,
    EMAIL_NOT_CONFIRMED,
    ACCOUNT_INACTIVE,
    ACCOUNT_FLAGGED,
    BIRTH_DATE_MISSING,
    TOO_YOUNG,
    COMMUNE_MISSING;

    public String messageKey() {
        return "vote.refused." + name();
    }
}
