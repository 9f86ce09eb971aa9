package fr.budgetcitoyen.web.security;

import fr.budgetcitoyen.web.i18n.LocaleBacking;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.security.oidc.OidcLoginServlet;
import fr.budgetcitoyen.web.security.oidc.OidcProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.time.format.DateTimeFormatter;

/** The login form (see {@link PasswordSignIn} for the throttling and the session renewal). */
@Named
@RequestScoped
public class LoginBacking {

    /** Below this many seconds a refusal is one of the throttle's growing delays: wait, no need for a link. */
    private static final long SHORT_WAIT = 60;

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Paris"));

    @Inject private PasswordSignIn signIn;
    @Inject private LocaleBacking language;

    @Inject private OidcProvider provider;
    @Inject private fr.budgetcitoyen.account.AccountService accounts;

    private final Credentials credentials = new Credentials();
    private boolean throttled;

    /** Mails the owner a link that signs them in once; says the same whether the address has an account or not. */
    public void sendSignInLink() {
        accounts.requestSignInLink(credentials.getEmail(), Faces.getLocale());
        Messages.addFlashGlobalInfo(Texts.get("signInLink.sent"));
        Faces.redirect("login");
    }

    public boolean isThrottled() { return throttled; }

    public void login() {
        PasswordSignIn.Result result = signIn.signIn(Faces.getRequest(), Faces.getResponse(), credentials.getEmail(), credentials.getPassword());
        switch (result.outcome()) {
            case THROTTLED -> {
                Instant until = result.blockedUntil().orElseThrow();
                long seconds = Duration.between(Instant.now(), until).toSeconds() + 1;
                if (seconds <= SHORT_WAIT) {
                    Messages.addGlobalError(Texts.get("login.wait"), seconds); // a growing delay, not a block
                } else {
                    Messages.addGlobalError(Texts.get("login.throttled"), HOUR.format(until));
                    throttled = true; // the way out: a sign-in link by mail
                }
            }
            case CONTINUE -> Faces.responseComplete();
            case SIGNED_IN -> {
                language.signedIn(credentials.getEmail());
                // Signed in with the password after a provider's sign-in found this address: offer the link.
                Faces.redirect(Faces.getSessionAttribute(OidcLoginServlet.PENDING_LINK) != null ? "link-provider" : "account");
            }
            case FAILED -> Messages.addGlobalError(Texts.get("login.failed"));
        }
    }

    /** Signs out here, then at the provider too when the session came from it (FranceConnect's logout). */
    public void logout() throws jakarta.servlet.ServletException, java.io.IOException {
        String idToken = Faces.getSessionAttribute(OidcLoginServlet.ID_TOKEN);
        Faces.getRequest().logout();
        Faces.invalidateSession();
        Optional<String> atProvider = idToken == null ? Optional.empty() : provider.logoutUrl(idToken);
        if (atProvider.isPresent()) {
            // Not Faces.redirect: it formats the URL with String.format, and the provider's is full of %3A.
            Faces.getExternalContext().redirect(atProvider.get());
        } else {
            Faces.redirect("");
        }
    }

    public Credentials getCredentials() { return credentials; }
}
