package fr.budgetcitoyen.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RationalTest {

    @Test
    void normalizesSoThatEqualValuesAreEqual() {
        assertEquals(Rational.of(1, 2), Rational.of(-3, -6));
        assertEquals(Rational.of(-1, 2), Rational.of(3, -6));
        assertEquals(Rational.of(1, 2).hashCode(), Rational.of(2, 4).hashCode());
        assertEquals(Rational.of(2), Rational.of(BigInteger.valueOf(10), BigInteger.valueOf(5)));
        assertThrows(ArithmeticException.class, () -> Rational.of(1, 0));
    }

    @Test
    void parsesDecimalsWithCommaOrPoint() {
        assertEquals(Rational.of(2001, 2), Rational.parseDecimal("1000,5"));
        assertEquals(Rational.of(2001, 2), Rational.parseDecimal(" 1000.50 "));
        assertEquals(Rational.of(24186815), Rational.parseDecimal("24186815"));
        assertThrows(NumberFormatException.class, () -> Rational.parseDecimal("1e3"));
        assertThrows(NumberFormatException.class, () -> Rational.parseDecimal("12,5,0"));
    }

    @Test
    void switchesToBigIntegersOnOverflowAndBackWhenSmall() {
        Rational huge = Rational.of(Long.MAX_VALUE).multiply(Rational.of(Long.MAX_VALUE));
        assertEquals(new BigInteger("85070591730234615847396907784232501249"), huge.numerator());
        assertEquals(Rational.ONE, huge.divide(huge));
        Rational third = Rational.of(1, 3);
        assertEquals(Rational.of(Long.MAX_VALUE), Rational.of(Long.MAX_VALUE).add(third).subtract(third));
        assertEquals(Rational.of(Long.MIN_VALUE), Rational.of(Long.MIN_VALUE, 1));
    }

    @Test
    void agreesWithBigIntegerArithmeticOnRandomValues() {
        Random random = new Random(1);
        for (int i = 0; i < 5_000; i++) {
            long a = random.nextLong() >> random.nextInt(64);
            long b = (random.nextLong() >> random.nextInt(64)) | 1;
            long c = random.nextLong() >> random.nextInt(64);
            long d = (random.nextLong() >> random.nextInt(64)) | 1;
            Rational x = Rational.of(a, b);
            Rational y = Rational.of(c, d);
            BigInteger[] sum = {big(a).multiply(big(d)).add(big(c).multiply(big(b))), big(b).multiply(big(d))};
            assertEquals(Rational.of(sum[0], sum[1]), x.add(y));
            assertEquals(Rational.of(big(a).multiply(big(c)), big(b).multiply(big(d))), x.multiply(y));
            int expected = big(a).multiply(big(d)).multiply(big(Long.signum(b) * Long.signum(d)))
                    .compareTo(big(c).multiply(big(b)).multiply(big(Long.signum(b) * Long.signum(d))));
            assertEquals(expected, x.compareTo(y), x + " vs " + y);
        }
    }

    @Test
    void printsExactDecimalsOrFractions() {
        assertEquals("1000.5", Rational.of(2001, 2).toString());
        assertEquals("1/3", Rational.of(1, 3).toString());
        assertEquals("-7", Rational.of(-7).toString());
        assertTrue(Rational.of(7, 2).floorClamped() == 3 && Rational.of(-7, 2).floorClamped() == -4);
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
