package fr.budgetcitoyen.web.security.oidc;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.stream.Collectors;

/** Gives the roles of an account whose address an OpenID Connect provider vouched for. */
@ApplicationScoped
public class ProviderIdentityStore implements IdentityStore {

    @EJB
    private AccountService accounts;

    public CredentialValidationResult validate(ProviderCredential credential) {
        return accounts.find(credential.email())
                .filter(Account::isActive)
                .map(a -> new CredentialValidationResult(a.email(),
                        a.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
