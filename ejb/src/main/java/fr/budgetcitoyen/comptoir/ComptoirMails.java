package fr.budgetcitoyen.comptoir;

import fr.budgetcitoyen.shared.LongDates;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a session's date and place read in a mail ("mardi 1er décembre 2026, 18:00–20:00, 12 rue des Arts"). */
final class ComptoirMails {

    private ComptoirMails() {
    }

    static String when(ComptoirSession session, Locale locale) {
        Locale language = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH;
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        return LongDates.day(session.startsAt(), language) + ", " + session.startsAt().format(time) + "–"
                + session.endsAt().format(time) + ", " + session.address();
    }
}
