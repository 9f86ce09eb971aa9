package fr.budgetcitoyen.web.security;

import fr.budgetcitoyen.web.security.oidc.OidcSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The portal's Content-Security-Policy. Scripts come from the portal's own files only: no {@code 'unsafe-inline'},
 * no {@code 'unsafe-eval'}. The few scripts Faces and PrimeFaces write into a page (widgets, ajax handlers) carry a
 * fresh nonce per response: PrimeFaces' CSP mode (web.xml, {@code primefaces.CSP}) adds {@code 'nonce-…'} to the
 * {@code script-src} that ends {@link #getFacesPolicy()} and moves every {@code on…} attribute into such a script.
 * {@code style-src} keeps {@code 'unsafe-inline'}: components write {@code style} attributes (a chart's bar width, a
 * hidden panel), which cannot run code; the stylesheets themselves are the portal's.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

    private static final String DIRECTIVES = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'%s; "
            + "frame-ancestors 'none'; script-src 'self'";

    @Inject private OidcSettings oidc;

    private String policy;

    /**
     * With FranceConnect on, « Se déconnecter » (a form) ends in a redirect to the provider's logout: browsers
     * apply form-action to the redirects of a form too, so the provider's origin is allowed there, and only there.
     */
    @PostConstruct
    void compose() {
        policy = String.format(DIRECTIVES, oidc.providerOrigin().map(origin -> " " + origin).orElse(""));
    }

    /** For every response; {@code script-src} last, so that PrimeFaces can append the page's nonce to it. */
    public String getFacesPolicy() { return policy; }
}
