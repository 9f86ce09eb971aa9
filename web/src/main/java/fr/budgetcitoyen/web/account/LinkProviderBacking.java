package fr.budgetcitoyen.web.account;

import fr.budgetcitoyen.account.AccountRefusedException;
import fr.budgetcitoyen.account.EmailAddress;
import fr.budgetcitoyen.account.ProviderAccounts;
import fr.budgetcitoyen.account.ProviderIdentity;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.security.CurrentUser;
import fr.budgetcitoyen.web.security.oidc.OidcLoginServlet;
import fr.budgetcitoyen.web.security.oidc.OidcSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Links the FranceConnect identity met earlier in this session to the account its owner just signed in to
 * with the password — only that account: the provider's address named it, the password proved it.
 */
@Named
@RequestScoped
public class LinkProviderBacking {

    @Inject private ProviderAccounts accounts;
    @Inject private CurrentUser user;

    @Inject private OidcSettings settings;

    /** A pending identity whose address is the signed-in account's. */
    public boolean isPending() {
        ProviderIdentity pending = Faces.getSessionAttribute(OidcLoginServlet.PENDING_LINK);
        return pending != null && user.isSignedIn() && pending.email() != null && EmailAddress.isValid(pending.email())
                && EmailAddress.normalize(pending.email()).equals(user.getEmail());
    }

    public void link() {
        if (!isPending()) {
            cancel();
            return;
        }
        try {
            accounts.link(user.getEmail(), Faces.getSessionAttribute(OidcLoginServlet.PENDING_LINK), settings.getLabel());
            Faces.removeSessionAttribute(OidcLoginServlet.PENDING_LINK);
            Messages.addFlashGlobalInfo(Texts.format("link.done", settings.getLabel()));
            Faces.redirect("account");
        } catch (AccountRefusedException refused) {
            Texts.show(refused, "link");
        }
    }

    public void cancel() {
        Faces.removeSessionAttribute(OidcLoginServlet.PENDING_LINK);
        Faces.redirect("account");
    }
}
