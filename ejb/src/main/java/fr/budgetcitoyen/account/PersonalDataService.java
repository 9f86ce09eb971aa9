package fr.budgetcitoyen.account;

import fr.budgetcitoyen.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.List;

/** A person's rights over their data: download all of it, or delete the account. */
@Stateless
public class PersonalDataService {

    @Inject private AccountRepository accounts;
    @Inject private Passwords passwords;
    @Inject private AuditLog audit;
    @Inject private Event<AccountErased> erased;

    public PersonalData export(String email) {
        Account a = accounts.findByEmail(email).orElseThrow(() -> new AccountRefusedException(null, "account.unknown"));
        List<PersonalData.Trace> history = audit.about(a.email()).stream()
                .map(e -> new PersonalData.Trace(e.occurredAt(), e.actor(), e.action(), e.before(), e.after())).toList();
        return new PersonalData(a.email(), a.displayName(), a.birthDate(), a.communeInseeCode(), a.parentEmail(),
                a.language().getLanguage(), a.status().name(), a.roles().stream().map(Enum::name).sorted().toList(), a.createdAt(), history);
    }

    /**
     * Deletes the account after checking the password (if it has one): personal data is erased; the row stays
     * anonymous because the vote's participations and the audit log must be kept; the log's entries about the person
     * name the anonymous account from then on.
     */
    public void delete(String email, String password) {
        Account account = accounts.findByEmail(email).orElseThrow(() -> new AccountRefusedException(null, "account.unknown"));
        // Without a password of its own (identity provider), the signed-in session is the proof.
        if (account.hasPassword() && !passwords.matches(password, account.passwordHash())) {
            throw new AccountRefusedException("deletePassword", "account.currentPasswordWrong");
        }
        accounts.deleteTokens(account);
        String address = account.email();
        account.anonymise();
        erased.fire(new AccountErased(account.id()));
        // The log keeps what happened, no longer to whom: its entries name the anonymous account (the chain holds).
        audit.erase(address, account.email());
        audit.record(account.email(), "account.delete", account.email(), null, account.status().name());
    }
}
