package fr.budgetcitoyen.web.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Optional sign-in with an OpenID Connect provider (FranceConnect, Keycloak…), off by default and
 * configured only by these keys. The provider must vouch for the e-mail address (email_verified).
 */
@Named("oidc")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "budgetcitoyen.oidc.enabled", defaultValue = "false")
    boolean enabled;

    /** The provider's issuer, e.g. https://keycloak.example/realms/budget-citoyen (discovery is read from it). */
    @Inject
    @ConfigProperty(name = "budgetcitoyen.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "budgetcitoyen.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "budgetcitoyen.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "budgetcitoyen.oidc.scope", defaultValue = "openid email profile")
    String scope;

    /** What the login button says: "Se connecter avec {label}". */
    @Inject
    @ConfigProperty(name = "budgetcitoyen.oidc.label", defaultValue = "FranceConnect")
    String label;

    @Inject
    @ConfigProperty(name = "budgetcitoyen.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    public boolean isEnabled() {
        return enabled && issuer.isPresent() && clientId.isPresent() && clientSecret.isPresent();
    }

    public String getLabel() {
        return label;
    }

    String issuer() {
        return issuer.orElseThrow().replaceAll("/+$", "");
    }

    String clientId() {
        return clientId.orElseThrow();
    }

    String clientSecret() {
        return clientSecret.orElseThrow();
    }

    String scope() {
        return scope;
    }

    String redirectUri() {
        return portalUrl.replaceAll("/+$", "") + "/oidc/callback";
    }
}
