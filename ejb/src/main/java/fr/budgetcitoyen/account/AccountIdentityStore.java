package fr.budgetcitoyen.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jakarta Security's view of the accounts: an e-mail and a password give the caller's roles as groups.
 * Only active accounts sign in; the answer never says whether the address exists.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject private AccountRepository accounts;
    @Inject private Passwords passwords;

    /**
     * Dispatched here rather than by IdentityStore's default method, which looks the typed method up by reflection
     * on the CDI proxy (once seen failing: « no such method … invokeSpecial »).
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof UsernamePasswordCredential password ? validate(password) : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = credential.getCaller();
        if (!EmailAddress.isValid(email)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return accounts.findByEmail(EmailAddress.normalize(email))
                .filter(Account::canSignIn)
                .filter(account -> passwords.matches(credential.getPasswordAsString(), account.passwordHash()))
                .map(account -> new CredentialValidationResult(account.email(), groups(account)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static Set<String> groups(Account account) {
        return account.roles().stream().map(Enum::name).collect(Collectors.toSet());
    }
}
