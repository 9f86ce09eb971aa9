package fr.budgetcitoyen.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @Test
    void addsExactlyWhereDoublesWouldDrift() {
        Money sum = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Money.parse("0,10"));
        }
        assertEquals(Money.euros(1), sum);
    }

    @Test
    void parsesFrenchAndPlainNotations() {
        assertEquals(Money.parse("352151"), Money.parse("352 151,00 €"));
        assertEquals(new BigDecimal("572151.50"), Money.parse("572\u00a0151,5").amount());
    }

    @Test
    void refusesFractionsOfACentAndGarbage() {
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1,234"));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("beaucoup"));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1e99"), "no exponent");
        assertThrows(IllegalArgumentException.class, () -> Money.parse("99999999999999999999"), "beyond the columns");
        assertEquals(new BigDecimal("999999999999.99"), Money.parse("999 999 999 999,99").amount());
    }

    @Test
    void percentRoundsDownToTheCent() {
        assertEquals(Money.parse("1,23"), Money.parse("12,39").percent(BigDecimal.TEN));
    }

    @Test
    void comparesByValueWhateverTheScale() {
        assertEquals(Money.euros(new BigDecimal("15000")), Money.parse("15000.00"));
        assertEquals(Money.euros(new BigDecimal("15000")).hashCode(), Money.parse("15000.00").hashCode());
        assertTrue(Money.euros(20_000).isGreaterThan(Money.euros(15_000)));
        assertFalse(Money.euros(15_000).isGreaterThan(Money.euros(15_000)));
    }

    @Test
    void formatsTheFrenchWay() {
        String formatted = Money.euros(352_151).format(Locale.FRANCE);
        assertEquals("352151€", formatted.replaceAll("[\\s\\u00a0\\u202f]", ""));
        assertEquals("€12.50", Money.parse("12,5").format(Locale.US));
    }
}
