package fr.budgetcitoyen.web.security.oidc;

import jakarta.security.enterprise.credential.Credential;

/**
 * "The provider vouched for this address": created only by the callback, after the ID token was
 * verified; a visitor can never hand one in.
 */
final class ProviderCredential implements Credential {

    private final String email;

    ProviderCredential(String email) {
        this.email = email;
    }

    String email() {
        return email;
    }
}
