package fr.budgetcitoyen.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in euros, exact to the cent. Never a double: public money is counted, not approximated.
 */
@Embeddable
public record Money(
        @Column(name = "amount", precision = 14, scale = 2, nullable = false)
        BigDecimal amount) implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CENTS = 2;
    private static final Pattern AS_TYPED = Pattern.compile("-?\\d{1,12}(\\.\\d+)?");

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    /** Always two decimals, as the columns hold it: equal amounts are then equal values, whatever their scale given. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        try {
            amount = amount.setScale(CENTS, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("An amount in euros has at most two decimals: " + amount, e);
        }
    }

    public static Money euros(long euros) {
        return new Money(BigDecimal.valueOf(euros));
    }

    public static Money euros(BigDecimal euros) {
        return new Money(euros);
    }

    /**
     * Parses "352151", "352151.5" or the French "352 151,50": digits only, at most 12 before the decimal
     * separator (what the database columns hold); "1e9" or a 20-digit number is a typing slip, refused.
     */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        String normalized = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "")
                .replace("€", "").replace("EUR", "").replace(',', '.');
        if (!AS_TYPED.matcher(normalized).matches()) {
            throw new IllegalArgumentException("Not an amount in euros: " + text);
        }
        return new Money(new BigDecimal(normalized));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount {@code n} times: the value of n shares of this nominal value. */
    public Money times(long n) {
        return new Money(amount.multiply(BigDecimal.valueOf(n)));
    }

    /** This amount times a percentage, rounded down to the cent: a cap never rounds up. */
    public Money percent(BigDecimal percentage) {
        BigDecimal share = amount.multiply(percentage).divide(BigDecimal.valueOf(100), CENTS, RoundingMode.DOWN);
        return new Money(share);
    }

    /**
     * The part {@code part / whole} of this amount, rounded down to the cent: the paid-up part of some of
     * the shares, never a cent more than their share of it.
     */
    public Money share(long part, long whole) {
        if (whole <= 0 || part < 0 || part > whole) {
            throw new IllegalArgumentException("Not a part of a whole: " + part + "/" + whole);
        }
        return new Money(amount.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), CENTS, RoundingMode.DOWN));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** French display, e.g. "352 151 €" (cents shown only when there are some). */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        int fraction = amount.stripTrailingZeros().scale() > 0 ? CENTS : 0;
        format.setMinimumFractionDigits(fraction);
        format.setMaximumFractionDigits(fraction);
        return format.format(amount);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " EUR";
    }
}
