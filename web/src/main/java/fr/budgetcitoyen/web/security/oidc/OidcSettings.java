package fr.budgetcitoyen.web.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Optional sign-in with an OpenID Connect provider (FranceConnect, Keycloak…), off by default and
 * configured only by these keys. Defaults follow FranceConnect v2 (claims, eidas1, signed userinfo).
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

    /** FranceConnect v2's claims, one scope each. */
    @Inject
    @ConfigProperty(name = "budgetcitoyen.oidc.scope", defaultValue = "openid given_name family_name birthdate email")
    String scope;

    /** The eIDAS level asked for; the ID token's acr must reach it. Blank: no level (a provider without acr). */
    @Inject
    @ConfigProperty(name = "budgetcitoyen.oidc.acr-values", defaultValue = "eidas1")
    String acrValues;

    /** FranceConnect signs its userinfo: a plain JSON one is refused unless this is false. */
    @Inject
    @ConfigProperty(name = "budgetcitoyen.oidc.signed-userinfo", defaultValue = "true")
    boolean signedUserinfo;

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

    public String getLabel() { return label; }

    String issuer() {
        return issuer.orElseThrow().replaceAll("/+$", "");
    }

    String clientId() {
        return clientId.orElseThrow();
    }

    String clientSecret() {
        return clientSecret.orElseThrow();
    }

    String scope() { return scope; }

    /** The provider's origin ({@code https://host[:port]}) when sign-in with it is on. */
    public Optional<String> providerOrigin() {
        if (!isEnabled()) {
            return Optional.empty();
        }
        java.net.URI uri = java.net.URI.create(issuer());
        return Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    }

    String acrValues() {
        return acrValues == null ? "" : acrValues.strip();
    }

    boolean signedUserinfo() { return signedUserinfo; }

    /** Where the provider sends the browser back after its logout: the portal's home page. */
    String postLogoutRedirectUri() {
        return portalUrl.replaceAll("/+$", "") + "/";
    }

    /** The provider is FranceConnect: its own button (DSFR's « fr-connect ») instead of ours. */
    public boolean isFranceConnect() {
        return "FranceConnect".equalsIgnoreCase(label.strip());
    }

    String redirectUri() {
        return portalUrl.replaceAll("/+$", "") + "/oidc/callback";
    }
}
