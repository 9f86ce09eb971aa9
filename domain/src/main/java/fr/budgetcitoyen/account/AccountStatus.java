package fr.budgetcitoyen.account;

/** The life of an account, from registration to deletion. */
public enum AccountStatus {
    AWAITING_EMAIL_CONFIRMATION,
    AWAITING_PARENTAL_CONSENT,
    ACTIVE,
    DEACTIVATED,
    /** Deleted at the user's request: personal data erased, the row kept for what the law requires. */
    ANONYMISED
}
