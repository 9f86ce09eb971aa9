package fr.budgetcitoyen.account;

import java.time.Duration;

/** What an e-mailed link lets its holder do, and for how long. */
public enum TokenPurpose {
    EMAIL_CONFIRMATION(Duration.ofDays(3)),
    PARENTAL_CONSENT(Duration.ofDays(14)),
    PASSWORD_RESET(Duration.ofHours(1)),
    EMAIL_CHANGE(Duration.ofDays(1)),
    /** The first administrator's invitation: set a password. */
    INVITATION(Duration.ofDays(3)),
    /** Signs its owner in once, when password attempts on the account are throttled (OWASP's way out). */
    SIGN_IN(Duration.ofMinutes(15));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() { return validity; }
}
