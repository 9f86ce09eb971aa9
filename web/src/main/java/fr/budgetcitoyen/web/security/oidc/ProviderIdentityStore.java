package fr.budgetcitoyen.web.security.oidc;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.stream.Collectors;

/** Gives the roles of an account whose address an OpenID Connect provider vouched for. */
@ApplicationScoped
public class ProviderIdentityStore implements IdentityStore {

    @EJB private AccountService accounts;

    /**
     * Dispatched here rather than by IdentityStore's default method, which looks the typed method up by reflection
     * on the CDI proxy (once seen failing: « no such method … invokeSpecial »).
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof ProviderCredential provider ? validate(provider) : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(ProviderCredential credential) {
        return accounts.find(credential.email())
                .filter(Account::isActive)
                .map(a -> new CredentialValidationResult(a.email(),
                        a.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
