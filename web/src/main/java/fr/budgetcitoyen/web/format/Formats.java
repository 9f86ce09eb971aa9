package fr.budgetcitoyen.web.format;

import fr.budgetcitoyen.shared.LongDates;
import fr.budgetcitoyen.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Formats values for the views in the visitor's language: "352 151 €", "1er septembre 2018". */
@Named("format")
@ApplicationScoped
public class Formats {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public String money(Money money) {
        return money == null ? "" : money.format(Faces.getLocale());
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getIntegerInstance(Faces.getLocale()).format(number);
    }

    /** A score or an average of scores: "3,5" in French, "3.5" in English, never "3.0". */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Faces.getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public String percent(BigDecimal percent) {
        return percent == null ? "" : percent.stripTrailingZeros().toPlainString() + "\u00a0%";
    }

    /** A share to one decimal in the reader's language: "30,6 %" in French, "30.6 %" in English. */
    public String share(BigDecimal percent) {
        return percent == null ? "" : decimal(percent) + "\u00a0%";
    }

    public String date(LocalDate date) {
        return date == null ? "" : LongDates.date(date, Faces.getLocale());
    }

    /** A moment in the département's time zone, "24/11/2026 17:17:43". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(Faces.getLocale()).withZone(PARIS).format(instant);
    }

    /** ISO date for {@code <time datetime>} attributes. */
    public String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** "mardi 1er décembre 2026". */
    public String day(LocalDateTime moment) {
        return moment == null ? "" : LongDates.day(moment, Faces.getLocale());
    }

    /** "18:00". */
    public String time(LocalDateTime moment) {
        return moment == null ? "" : moment.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Faces.getLocale()));
    }

    /** "décembre 2026", for headings of an agenda. */
    public String month(YearMonth month) {
        return month == null ? "" : month.format(DateTimeFormatter.ofPattern("LLLL yyyy", Faces.getLocale()));
    }

    /** ISO date-time for {@code <time datetime>} attributes. */
    public String isoDateTime(LocalDateTime moment) {
        return moment == null ? "" : moment.toString();
    }
}
