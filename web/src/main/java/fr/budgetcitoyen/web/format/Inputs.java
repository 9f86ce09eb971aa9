package fr.budgetcitoyen.web.format;

import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.web.i18n.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Numbers typed as text ("352 151,50 €", "10,5"): kept as typed so a mistake is shown back, parsed here.
 * Blank gives null (the domain says whether it is required); anything else unreadable is reported next
 * to its field and fails the request's validation.
 */
public final class Inputs {

    private Inputs() {
    }

    public static Money amount(String text, String clientId, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Money.parse(text);
        } catch (IllegalArgumentException unreadable) {
            return invalid(clientId, key);
        }
    }

    public static BigDecimal decimal(String text, String clientId, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace('\u00a0', ' ').replace(" ", "").replace("%", "").replace(',', '.'));
        } catch (NumberFormatException unreadable) {
            return invalid(clientId, key);
        }
    }

    public static Integer integer(String text, String clientId, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException unreadable) {
            return invalid(clientId, key);
        }
    }

    /**
     * A day as a date field sends it (2026-11-25) or as people type it (25/11/2026), between 1900 and 2100:
     * a year 1 or 9999 is a slip of the keyboard, never a meeting or a payment.
     */
    public static LocalDate date(String text, String clientId, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String day = text.strip();
        try {
            LocalDate date = day.matches("\\d{1,2}/\\d{1,2}/\\d{4}")
                    ? LocalDate.parse(day, DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT))
                    : LocalDate.parse(day);
            return date.getYear() < 1900 || date.getYear() > 2100 ? invalid(clientId, key) : date;
        } catch (DateTimeParseException unreadable) {
            return invalid(clientId, key);
        }
    }

    private static <T> T invalid(String clientId, String key) {
        Messages.addError(clientId, Texts.get(key));
        Faces.validationFailed();
        return null;
    }
}
