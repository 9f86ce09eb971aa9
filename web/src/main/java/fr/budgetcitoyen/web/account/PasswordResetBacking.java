package fr.budgetcitoyen.web.account;

import fr.budgetcitoyen.account.AccountRefusedException;
import fr.budgetcitoyen.account.AccountService;
import fr.budgetcitoyen.account.InvalidTokenException;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.security.Credentials;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** "Forgot password": ask for a link (same answer whether the address exists or not), then use it. */
@Named
@RequestScoped
public class PasswordResetBacking {

    @Inject private AccountService accounts;
    @Inject @Param(name = "token") private String token;

    private final Credentials credentials = new Credentials();
    private boolean requested;

    public void request() {
        accounts.requestPasswordReset(credentials.getEmail(), Faces.getLocale());
        requested = true;
    }

    public boolean isLinkUsable() {
        return accounts.isPasswordLinkUsable(token);
    }

    public void reset() {
        try {
            accounts.resetPassword(token, credentials.getPassword());
            Messages.addFlashGlobalInfo(Texts.get("reset.done"));
            Faces.redirect("login");
        } catch (InvalidTokenException e) {
            Messages.addGlobalError(Texts.get("link.invalid"));
        } catch (AccountRefusedException refused) {
            Texts.show(refused, "reset");
        }
    }

    public String getToken() { return token; }

    public void setToken(String token) { this.token = token; }

    public Credentials getCredentials() { return credentials; }

    public boolean isRequested() { return requested; }
}
