package fr.budgetcitoyen.account;

/** What a user may do on the platform. A user can hold several roles; every account is a resident. */
public enum Role {
    RESIDENT,
    CARRIER,
    AMBASSADOR,
    SCIC_MEMBER,
    COMPTOIR_HOST,
    COMMITTEE_MEMBER,
    AGENT,
    ADMIN;

    /** Roles granted by agents or admins, never by self-registration. */
    public boolean isStaff() {
        return this == AGENT || this == ADMIN;
    }
}
