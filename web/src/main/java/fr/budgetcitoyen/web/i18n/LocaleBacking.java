package fr.budgetcitoyen.web.i18n;

import jakarta.enterprise.context.SessionScoped;
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

    /** Switches language and reloads the same page (post-redirect-get). */
    public void switchLanguage() {
        locale = getAlternative();
        Faces.getViewRoot().setLocale(locale);
        Faces.refreshWithQueryString();
    }
}
