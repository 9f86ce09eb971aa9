package fr.budgetcitoyen.web.security.oidc;

import jakarta.security.enterprise.credential.Credential;

/**
 * "This address is proven another way than by its password": created only by the OpenID Connect callback,
 * after the tokens were verified, or by a spent sign-in link; a visitor can never hand one in.
 */
public final class ProviderCredential implements Credential {

    private final String email;

    public ProviderCredential(String email) { this.email = email; }

    String email() { return email; }
}
