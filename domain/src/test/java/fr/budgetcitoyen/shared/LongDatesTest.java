package fr.budgetcitoyen.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LongDatesTest {

    @Test
    void frenchWritesTheFirstOfTheMonthAsAnOrdinal() {
        assertEquals("1er août 2026", LongDates.date(LocalDate.of(2026, 8, 1), Locale.FRENCH));
        assertEquals("2 août 2026", LongDates.date(LocalDate.of(2026, 8, 2), Locale.FRENCH));
        assertEquals("31 décembre 2018", LongDates.date(LocalDate.of(2018, 12, 31), Locale.FRENCH));
        assertEquals("mardi 1er décembre 2026", LongDates.day(LocalDateTime.of(2026, 12, 1, 18, 0), Locale.FRENCH));
    }

    @Test
    void englishKeepsItsOwnLongFormat() {
        assertEquals("August 1, 2026", LongDates.date(LocalDate.of(2026, 8, 1), Locale.ENGLISH));
        assertEquals("Tuesday, December 1, 2026", LongDates.day(LocalDate.of(2026, 12, 1), Locale.ENGLISH));
    }
}
