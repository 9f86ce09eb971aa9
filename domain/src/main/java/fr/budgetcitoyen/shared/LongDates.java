package fr.budgetcitoyen.shared;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Dates written out as people write them. Java's French long formats say "1 août 2026"; French
 * writes the first of the month as an ordinal, "1er août 2026".
 */
public final class LongDates {

    private static final Map<Long, String> FRENCH_DAYS = LongStream.rangeClosed(1, 31).boxed()
            .collect(Collectors.toMap(Function.identity(), d -> d == 1 ? "1er" : String.valueOf(d)));

    private static final DateTimeFormatter FRENCH_DATE = new DateTimeFormatterBuilder()
            .appendText(ChronoField.DAY_OF_MONTH, FRENCH_DAYS).appendPattern(" MMMM uuuu").toFormatter(Locale.FRENCH);

    private static final DateTimeFormatter FRENCH_DAY = new DateTimeFormatterBuilder()
            .appendPattern("EEEE ").append(FRENCH_DATE).toFormatter(Locale.FRENCH);

    private LongDates() {
    }

    /** "1er août 2026", "August 1, 2026". */
    public static String date(TemporalAccessor date, Locale locale) {
        return (isFrench(locale) ? FRENCH_DATE : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))
                .format(date);
    }

    /** With the weekday: "samedi 1er août 2026", "Saturday, August 1, 2026". */
    public static String day(TemporalAccessor date, Locale locale) {
        return (isFrench(locale) ? FRENCH_DAY : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale))
                .format(date);
    }

    private static boolean isFrench(Locale locale) {
        return locale == null || locale.getLanguage().equals("fr");
    }
}
