package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountStatus;

import java.time.LocalDate;

/**
 * An account as the vote sees it: what eligibility and turnout need, nothing else. Read as a projection
 * (no managed entity, no roles) because every vote reads it.
 */
public record Voter(Long id, AccountStatus status, boolean flagged, LocalDate birthDate, String communeInseeCode,
                    boolean livesOutside) {

    /** The JPQL projection that reads a voter by e-mail address. */
    public static final String BY_EMAIL = "select new fr.budgetcitoyen.vote.Voter(a.id, a.status, a.flagged, "
            + "a.birthDate, a.communeInseeCode, a.livesOutside) from Account a where a.email = :email";

    public static Voter of(Account account) {
        return new Voter(account.id(), account.status(), account.isFlagged(), account.birthDate(), account.communeInseeCode(),
                account.livesOutside());
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public boolean awaitsEmailConfirmation() {
        return status == AccountStatus.AWAITING_EMAIL_CONFIRMATION;
    }
}
