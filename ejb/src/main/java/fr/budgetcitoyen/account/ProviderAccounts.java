package fr.budgetcitoyen.account;

import fr.budgetcitoyen.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Accounts of people an OpenID Connect provider (FranceConnect) identified. Found again by the provider's
 * subject; a new person gets an account with the provider's certified birth date; an address that already has
 * an account with a password is only linked once its owner has signed in to it with that password.
 */
@Stateless
public class ProviderAccounts {

    /** What a provider's sign-in leads to. */
    public enum Outcome { SIGNED_IN, LINK_REQUIRED, REFUSED }

    public record SignIn(Outcome outcome, Account account) {
    }

    @Inject private AccountRepository accounts;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    public SignIn signIn(ProviderIdentity identity, String provider) {
        Optional<Account> linked = accounts.findByIdentity(identity.issuer(), identity.subject());
        if (linked.isPresent()) {
            Account account = linked.get();
            recertify(account, identity);
            return new SignIn(account.isActive() ? Outcome.SIGNED_IN : Outcome.REFUSED, account);
        }
        if (identity.email() == null || !EmailAddress.isValid(identity.email())) {
            return new SignIn(Outcome.REFUSED, null);
        }
        String email = EmailAddress.normalize(identity.email());
        Optional<Account> sameAddress = accounts.findByEmail(email);
        if (sameAddress.isPresent()) {
            return new SignIn(Outcome.LINK_REQUIRED, sameAddress.get());
        }
        Account opened = Account.fromIdentityProvider(email, identity.displayName(), identity.birthDate(), Instant.now(clock));
        accounts.store(opened);
        accounts.store(new AccountIdentity(identity.issuer(), identity.subject(), opened.id(), Instant.now(clock)));
        audit.record(email, "account.registerWithProvider", email, null, provider);
        return new SignIn(Outcome.SIGNED_IN, opened);
    }

    /**
     * Links the identity to the account its owner just signed in to with their password (same session);
     * the provider's birth date becomes the account's, certified.
     */
    public void link(String signedInEmail, ProviderIdentity identity, String provider) {
        Account account = accounts.findByEmail(EmailAddress.normalize(signedInEmail)).filter(Account::isActive)
                .orElseThrow(() -> new AccountRefusedException(null, "account.unknown"));
        Optional<Account> already = accounts.findByIdentity(identity.issuer(), identity.subject());
        if (already.isPresent()) {
            if (!Objects.equals(already.get().id(), account.id())) {
                throw new AccountRefusedException(null, "account.provider.linkedElsewhere");
            }
            return;
        }
        accounts.store(new AccountIdentity(identity.issuer(), identity.subject(), account.id(), Instant.now(clock)));
        recertify(account, identity);
        audit.record(account.email(), "account.linkProvider", account.email(), null, provider);
    }

    private void recertify(Account account, ProviderIdentity identity) {
        if (identity.birthDate() != null && !(account.birthDateCertified() && identity.birthDate().equals(account.birthDate()))) {
            String before = account.birthDate() == null ? null : "declared"; // no birth date in the audit log
            account.certifyBirthDate(identity.birthDate());
            audit.record("system", "account.certifyBirthDate", account.email(), before, "certified");
        }
    }
}
