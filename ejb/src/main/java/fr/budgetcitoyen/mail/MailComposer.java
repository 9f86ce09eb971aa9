package fr.budgetcitoyen.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Writes the platform's mails in the reader's language, with links to the public portal. */
@ApplicationScoped
public class MailComposer {

    private static final String BUNDLE = "fr.budgetcitoyen.mail.mails";

    /** The public address of the portal, used in mailed links. */
    @Inject
    @ConfigProperty(name = "budgetcitoyen.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    /** A mail whose body has the addressee's name and a link to {@code page?token=…}. */
    public Mail linkMail(String kind, Locale locale, String to, String name, String page, String token) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
        String link = portalUrl.replaceAll("/+$", "") + page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String body = new MessageFormat(bundle.getString(kind + ".body"), supported(locale)).format(new Object[]{name, link});
        return new Mail(to, subject(bundle, kind, locale), body);
    }

    /**
     * A notice about something the addressee owns (an idea, a project file): name, its title, the
     * decision's wording or motivation, and the page of the portal where to see it.
     */
    public Mail noticeMail(String kind, Locale locale, String to, String name, String title, String detail, String page) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
        String link = portalUrl.replaceAll("/+$", "") + page;
        String body = new MessageFormat(bundle.getString(kind + ".body"), supported(locale))
                .format(new Object[]{name, title, detail == null ? "" : detail, link});
        return new Mail(to, subject(bundle, kind, locale), body);
    }

    /** Subjects are MessageFormat patterns too (their apostrophes are doubled in the bundle). */
    private static String subject(ResourceBundle bundle, String kind, Locale locale) {
        return new MessageFormat(bundle.getString(kind + ".subject"), supported(locale)).format(new Object[0]);
    }

    private static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH;
    }
}
