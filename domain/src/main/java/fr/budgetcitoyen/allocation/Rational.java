package fr.budgetcitoyen.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number, always normalized (positive denominator, lowest terms).
 *
 * <p>Money and ratios never go through floating point: a rounding error could change which project
 * wins a tie. Values that fit in {@code long} are computed with overflow-checked long arithmetic;
 * an operation that would overflow is done with {@link BigInteger} instead. Representation is canonical (a
 * value that fits in longs is always stored in longs), so {@code equals} is value equality.
 */
public final class Rational implements Comparable<Rational> {

    public static final Rational ZERO = new Rational(0, 1);
    public static final Rational ONE = new Rational(1, 1);

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    // Small form: big == null. Long.MIN_VALUE is never stored, so negation cannot overflow.
    private final long num;
    private final long den;
    private final BigInteger bigNum;
    private final BigInteger bigDen;

    private Rational(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    private Rational(BigInteger bigNum, BigInteger bigDen) {
        this.num = 0;
        this.den = 0;
        this.bigNum = bigNum;
        this.bigDen = bigDen;
    }

    public static Rational of(long value) {
        return of(value, 1);
    }

    public static Rational of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        long g = gcd(Math.abs(numerator), denominator);
        return new Rational(numerator / g, denominator / g);
    }

    public static Rational of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger g = numerator.gcd(denominator);
        if (!g.equals(BigInteger.ONE)) {
            numerator = numerator.divide(g);
            denominator = denominator.divide(g);
        }
        if (fitsSmall(numerator) && fitsSmall(denominator)) {
            return new Rational(numerator.longValue(), denominator.longValue());
        }
        return new Rational(numerator, denominator);
    }

    public static Rational of(BigInteger value) {
        return of(value, BigInteger.ONE);
    }

    /**
     * Parses a plain decimal such as {@code 1070000}, {@code 12.5} or {@code 12,5} (pabulib budgets
     * use either separator). Throws {@link NumberFormatException} otherwise.
     */
    public static Rational parseDecimal(String text) {
        String normalized = text.trim().replace(',', '.');
        if (!normalized.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new NumberFormatException("not a decimal number: '" + text + "'");
        }
        BigDecimal decimal = new BigDecimal(normalized);
        if (decimal.scale() <= 0) {
            return of(decimal.toBigIntegerExact());
        }
        return of(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
    }

    public BigInteger numerator() {
        return isSmall() ? BigInteger.valueOf(num) : bigNum;
    }

    public BigInteger denominator() {
        return isSmall() ? BigInteger.valueOf(den) : bigDen;
    }

    public int signum() {
        return isSmall() ? Long.signum(num) : bigNum.signum();
    }

    public boolean isInteger() {
        return isSmall() ? den == 1 : bigDen.equals(BigInteger.ONE);
    }

    public Rational add(Rational other) {
        if (isSmall() && other.isSmall()) {
            long g = gcd(den, other.den);
            long left = num * (other.den / g);
            long right = other.num * (den / g);
            long sum = left + right;
            long sumDen = den * (other.den / g);
            if (productFits(num, other.den / g) && productFits(other.num, den / g) && sumFits(left, right, sum)
                    && productFits(den, other.den / g)) {
                return of(sum, sumDen);
            }
        }
        return of(numerator().multiply(other.denominator()).add(other.numerator().multiply(denominator())),
                denominator().multiply(other.denominator()));
    }

    public Rational negate() {
        return isSmall() ? new Rational(-num, den) : of(bigNum.negate(), bigDen);
    }

    public Rational subtract(Rational other) {
        return add(other.negate());
    }

    public Rational multiply(Rational other) {
        if (isSmall() && other.isSmall()) {
            long g1 = gcd(Math.abs(num), other.den);
            long g2 = gcd(Math.abs(other.num), den);
            long a = num / g1;
            long b = other.num / g2;
            long c = den / g2;
            long d = other.den / g1;
            if (productFits(a, b) && productFits(c, d)) {
                return of(a * b, c * d);
            }
        }
        return of(numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
    }

    public Rational multiply(long factor) {
        return multiply(of(factor));
    }

    public Rational divide(Rational other) {
        if (other.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return multiply(other.reciprocal());
    }

    public Rational divide(long divisor) {
        return divide(of(divisor));
    }

    private Rational reciprocal() {
        return isSmall() ? of(den, num) : of(bigDen, bigNum);
    }

    @Override
    public int compareTo(Rational other) {
        if (isSmall() && other.isSmall()) {
            return compareProducts(num, other.den, other.num, den);
        }
        return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
    }

    public boolean isLessThan(Rational other) {
        return compareTo(other) < 0;
    }

    public boolean isGreaterThan(Rational other) {
        return compareTo(other) > 0;
    }

    /** Largest integer not above this value, clamped to the long range. */
    public long floorClamped() {
        BigInteger[] qr = numerator().divideAndRemainder(denominator());
        BigInteger floor = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        return floor.max(LONG_MIN).min(LONG_MAX).longValue();
    }

    public Rational min(Rational other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** Exact decimal text when the denominator is a product of 2s and 5s, else {@code num/den}. */
    @Override
    public String toString() {
        if (isInteger()) {
            return numerator().toString();
        }
        try {
            return new BigDecimal(numerator()).divide(new BigDecimal(denominator())).toPlainString();
        } catch (ArithmeticException nonTerminating) {
            return numerator() + "/" + denominator();
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Rational)) {
            return false;
        }
        Rational that = (Rational) other;
        if (isSmall() != that.isSmall()) {
            return false;
        }
        return isSmall() ? num == that.num && den == that.den
                : bigNum.equals(that.bigNum) && bigDen.equals(that.bigDen);
    }

    @Override
    public int hashCode() {
        return isSmall() ? Long.hashCode(num) * 31 + Long.hashCode(den) : Objects.hash(bigNum, bigDen);
    }

    private boolean isSmall() {
        return bigNum == null;
    }

    private static boolean fitsSmall(BigInteger value) {
        return value.compareTo(LONG_MIN) > 0 && value.compareTo(LONG_MAX) <= 0;
    }

    /** Sign of a*b - c*d computed on 128 bits, so comparing two small rationals never allocates. */
    static int compareProducts(long a, long b, long c, long d) {
        long highLeft = Math.multiplyHigh(a, b);
        long highRight = Math.multiplyHigh(c, d);
        if (highLeft != highRight) {
            return highLeft < highRight ? -1 : 1;
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    // Overflow checks without exceptions: a thrown ArithmeticException costs a JIT deoptimization.
    private static boolean productFits(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high == (low >> 63) && low != Long.MIN_VALUE;
    }

    private static boolean sumFits(long a, long b, long sum) {
        return ((a ^ sum) & (b ^ sum)) >= 0 && sum != Long.MIN_VALUE;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }
}
