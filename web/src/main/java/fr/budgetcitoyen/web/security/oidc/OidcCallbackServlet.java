package fr.budgetcitoyen.web.security.oidc;

import fr.budgetcitoyen.account.ProviderAccounts;
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
 * The provider sends the visitor back here with a code (or an error): state checked, code exchanged, tokens
 * verified, then the account found by the provider's subject or opened — or, when the address already has an
 * account, the visitor is asked to sign in to it with its password first, to link them.
 */
@WebServlet("/oidc/callback")
public class OidcCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private OidcSettings settings;
    @Inject private OidcProvider provider;

    @Inject private SecurityContext security;
    @EJB private ProviderAccounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String expectedState = session == null ? null : (String) session.getAttribute(OidcLoginServlet.STATE);
        String nonce = session == null ? null : (String) session.getAttribute(OidcLoginServlet.NONCE);
        if (!settings.isEnabled() || expectedState == null || !expectedState.equals(request.getParameter("state"))) {
            back(request, response, "failed");
            return;
        }
        session.removeAttribute(OidcLoginServlet.STATE);
        session.removeAttribute(OidcLoginServlet.NONCE);
        String error = request.getParameter("error");
        if (error != null || request.getParameter("code") == null) {
            log("OpenID Connect provider error: " + error + " " + request.getParameter("error_description"));
            back(request, response, "access_denied".equals(error) ? "cancelled" : "error");
            return;
        }
        try {
            OidcProvider.SignedIn signedIn = provider.exchange(request.getParameter("code"), nonce);
            ProviderAccounts.SignIn result = accounts.signIn(signedIn.identity(), settings.getLabel());
            switch (result.outcome()) {
                case REFUSED -> back(request, response, "refused");
                case LINK_REQUIRED -> {
                    session.setAttribute(OidcLoginServlet.PENDING_LINK, signedIn.identity());
                    back(request, response, "link");
                }
                case SIGNED_IN -> signIn(request, response, result, signedIn.idToken());
            }
        } catch (OidcException e) {
            log("OpenID Connect sign-in refused: " + e.getMessage());
            back(request, response, "failed");
        }
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response, ProviderAccounts.SignIn result,
                        String idToken) throws IOException {
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new ProviderCredential(result.account().email())).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            request.getSession().setAttribute(OidcLoginServlet.ID_TOKEN, idToken);
            // A first visit completes what the provider does not give: the commune (and a parent, under 15).
            response.sendRedirect(request.getContextPath() + (result.account().isProfileComplete() ? "/account" : "/complete-profile"));
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            back(request, response, "refused");
        }
    }

    private static void back(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?oidc=" + why);
    }
}
