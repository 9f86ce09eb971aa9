package fr.budgetcitoyen.web.security.oidc;

import fr.budgetcitoyen.account.AccountService;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * The provider sends the visitor back here with a code: state checked, code exchanged, ID token
 * verified, the account found or opened, then the visitor is signed in as with the form.
 */
@WebServlet("/oidc/callback")
public class OidcCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private OidcSettings settings;

    @Inject
    private OidcProvider provider;

    @Inject
    private SecurityContext security;

    @EJB
    private AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String expectedState = session == null ? null : (String) session.getAttribute(OidcLoginServlet.STATE);
        String nonce = session == null ? null : (String) session.getAttribute(OidcLoginServlet.NONCE);
        if (!settings.isEnabled() || expectedState == null || !expectedState.equals(request.getParameter("state"))
                || request.getParameter("code") == null) {
            response.sendRedirect(request.getContextPath() + "/login?oidc=failed");
            return;
        }
        session.removeAttribute(OidcLoginServlet.STATE);
        session.removeAttribute(OidcLoginServlet.NONCE);
        try {
            IdToken token = provider.exchange(request.getParameter("code"), nonce);
            if (token.email() == null || !token.emailVerified()
                    || accounts.signInFromProvider(token.email(), token.name(), settings.getLabel()).isEmpty()) {
                response.sendRedirect(request.getContextPath() + "/login?oidc=refused");
                return;
            }
            AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                    .credential(new ProviderCredential(token.email().strip().toLowerCase(java.util.Locale.ROOT)))
                    .newAuthentication(true));
            if (status == AuthenticationStatus.SUCCESS) {
                request.changeSessionId();
                response.sendRedirect(request.getContextPath() + "/account");
            } else if (status != AuthenticationStatus.SEND_CONTINUE) {
                response.sendRedirect(request.getContextPath() + "/login?oidc=refused");
            }
        } catch (OidcException e) {
            log("OpenID Connect sign-in refused: " + e.getMessage());
            response.sendRedirect(request.getContextPath() + "/login?oidc=failed");
        }
    }
}
