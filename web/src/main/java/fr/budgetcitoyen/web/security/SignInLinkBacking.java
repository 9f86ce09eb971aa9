package fr.budgetcitoyen.web.security;

import fr.budgetcitoyen.account.AccountService;
import fr.budgetcitoyen.account.InvalidTokenException;
import fr.budgetcitoyen.account.LoginThrottle;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.security.oidc.ProviderCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The mailed sign-in link of a throttled account: opening it shows a button (mail scanners that follow links
 * spend nothing), pressing it signs the owner in once.
 */
@Named
@RequestScoped
public class SignInLinkBacking {

    @Inject @Param(name = "token") private String token;
    @Inject private AccountService accounts;

    @Inject private SecurityContext security;
    @Inject private LoginThrottle throttle;

    public boolean isLinkUsable() {
        return token != null && accounts.isSignInLinkUsable(token);
    }

    public void signIn() {
        try {
            String email = accounts.signInWithLink(token);
            HttpServletRequest request = Faces.getRequest();
            AuthenticationStatus status = security.authenticate(request, Faces.getResponse(),
                    AuthenticationParameters.withParams().credential(new ProviderCredential(email)).newAuthentication(true));
            if (status == AuthenticationStatus.SUCCESS) {
                throttle.succeeded(email, request.getRemoteAddr());
                request.changeSessionId();
                Faces.redirect("account");
            } else if (status == AuthenticationStatus.SEND_CONTINUE) {
                Faces.responseComplete();
            } else {
                Messages.addGlobalError(Texts.get("link.invalid"));
            }
        } catch (InvalidTokenException e) {
            Messages.addGlobalError(Texts.get("link.invalid"));
        }
    }

    public String getToken() { return token; }
}
