package fr.budgetcitoyen.web.i18n;

import fr.budgetcitoyen.account.AccountService;
import fr.budgetcitoyen.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language of the portal: French first, English on request, kept for the visit. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private Locale locale = Locale.FRENCH;

    /** Whether the visitor chose the language during this visit (then signing in keeps it). */
    private boolean chosen;

    @EJB
    private AccountService accounts;

    @Inject
    private CurrentUser currentUser;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** The other language, offered by the switch in the header. */
    public Locale getAlternative() {
        return locale.equals(Locale.FRENCH) ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** On signing in, the portal speaks the account's language, unless one was chosen during the visit. */
    public void signedIn(String email) {
        if (chosen) {
            accounts.preferLanguage(email, locale);
        } else {
            accounts.find(email).ifPresent(account -> locale = account.language());
        }
    }

    /** Switches language and reloads the same page (post-redirect-get). */
    public void switchLanguage() {
        locale = getAlternative();
        chosen = true;
        if (currentUser.isSignedIn()) {
            accounts.preferLanguage(currentUser.getEmail(), locale);
        }
        Faces.getViewRoot().setLocale(locale);
        Faces.refreshWithQueryString();
    }
}
