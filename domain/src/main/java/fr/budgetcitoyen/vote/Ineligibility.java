package fr.budgetcitoyen.vote;

import java.util.Optional;

/**
 * Why an account may not vote; each has its own message (bundle key {@code vote.refused.X}) and, where the
 * resident can do something about it, the portal page that is the way out.
 */
public enum Ineligibility {
    VOTE_CLOSED(null),
    EMAIL_NOT_CONFIRMED(null),
    ACCOUNT_INACTIVE(null),
    ACCOUNT_FLAGGED(null),
    BIRTH_DATE_MISSING("/complete-profile"),
    TOO_YOUNG(null),
    COMMUNE_MISSING("/complete-profile"),
    LIVES_OUTSIDE("/account#commune-title");

    private final String wayOut;

    Ineligibility(String wayOut) {
        this.wayOut = wayOut;
    }

    public String messageKey() {
        return "vote.refused." + name();
    }

    /** The page where the resident fixes it, if they can. */
    public Optional<String> wayOut() {
        return Optional.ofNullable(wayOut);
    }

    /** What the way-out link says (bundle key). */
    public String wayOutKey() {
        return "vote.wayOut." + name();
    }
}
