package fr.budgetcitoyen.comptoir;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How a session's date and place read in a mail ("mardi 1 décembre 2026, 18:00–20:00, 12 rue des Arts"). */
final class ComptoirMails {

    private ComptoirMails() {
    }

    static String when(ComptoirSession session, Locale locale) {
        Locale language = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH;
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        return session.startsAt().format(day) + ", " + session.startsAt().format(time) + "–"
                + session.endsAt().format(time) + ", " + session.address();
    }
}
