package fr.budgetcitoyen.web.i18n;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountService;
import fr.budgetcitoyen.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.omnifaces.util.Faces;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language of the portal: French first, English on request. Read per request, without creating a session (a
 * visitor reading public pages has none, issue 19): the signed-in resident's session keeps their language; a
 * visitor's choice is a cookie, kept a year; and signing in keeps a choice made before.
 */
@Named
@RequestScoped
public class LocaleBacking {

    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);
    public static final String COOKIE = "lang";
    static final String SESSION_KEY = "budgetcitoyen.locale";
    private static final int A_YEAR = 365 * 24 * 3600;

    @EJB private AccountService accounts;
    @Inject private CurrentUser currentUser;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromSession().or(this::chosen).orElse(Locale.FRENCH);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The other language, offered by the switch in the header. */
    public Locale getAlternative() {
        return getLocale().equals(Locale.FRENCH) ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** On signing in, the portal speaks the account's language, unless the visitor chose one (then it is kept). */
    public void signedIn(String email) {
        Optional<Locale> chosen = chosen();
        if (chosen.isPresent()) {
            accounts.preferLanguage(email, chosen.get());
        }
        Locale language = chosen.or(() -> accounts.find(email).map(Account::language)).orElse(Locale.FRENCH);
        Faces.getRequest().getSession().setAttribute(SESSION_KEY, language);
        locale = language;
    }

    /** Switches language and reloads the same page (post-redirect-get). */
    public void switchLanguage() {
        locale = getAlternative();
        Faces.addResponseCookie(COOKIE, locale.getLanguage(), null, "/", A_YEAR, true, Map.of("SameSite", "Lax"));
        HttpSession session = Faces.getRequest().getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_KEY, locale);
        }
        if (currentUser.isSignedIn()) {
            accounts.preferLanguage(currentUser.getEmail(), locale);
        }
        Faces.getViewRoot().setLocale(locale);
        Faces.refreshWithQueryString();
    }

    private static Optional<Locale> fromSession() {
        HttpSession session = Faces.getRequest().getSession(false);
        return Optional.ofNullable(session == null ? null : (Locale) session.getAttribute(SESSION_KEY));
    }

    private Optional<Locale> chosen() {
        Map<String, Object> cookies = Faces.getExternalContext().getRequestCookieMap();
        Object cookie = cookies.get(COOKIE);
        String value = cookie instanceof jakarta.servlet.http.Cookie c ? c.getValue() : null;
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(value)).findFirst();
    }
}
