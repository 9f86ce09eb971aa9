package fr.budgetcitoyen.web.security.oidc;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

/** "Se connecter avec …": sends the visitor to the provider with a fresh state and nonce. */
@WebServlet("/oidc/login")
public class OidcLoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String STATE = "oidc.state";
    static final String NONCE = "oidc.nonce";
    /** The ID token of a provider's sign-in, kept for the logout at the provider (id_token_hint). */
    public static final String ID_TOKEN = "oidc.idToken";
    /** A provider's identity whose address has an account: linked once its owner signs in to it (same session). */
    public static final String PENDING_LINK = "oidc.pendingLink";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject private OidcSettings settings;
    @Inject private OidcProvider provider;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        HttpSession session = request.getSession();
        String state = random();
        String nonce = random();
        session.setAttribute(STATE, state);
        session.setAttribute(NONCE, nonce);
        try {
            response.sendRedirect(provider.authorizationUrl(state, nonce));
        } catch (OidcException e) {
            log("OpenID Connect provider unavailable: " + e.getMessage());
            response.sendRedirect(request.getContextPath() + "/login?oidc=unavailable");
        }
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
