package fr.budgetcitoyen.allocation.pabulib;

import fr.budgetcitoyen.allocation.Rational;

/** Number parsing with error messages that point at the line and the column. */
final class PabulibNumbers {

    private PabulibNumbers() {
    }

    /** A decimal number, with ',' or '.' as decimal separator. */
    static Rational decimal(String text, int line, String what) {
        if (text.isEmpty()) {
            throw new PabulibFormatException(line, "expected a number in " + what + ", found nothing");
        }
        try {
            return Rational.parseDecimal(text);
        } catch (NumberFormatException e) {
            throw new PabulibFormatException(line, "expected a number in " + what + ", found '" + text + "'");
        }
    }

    /** A whole amount such as a cost; "1200.00" is accepted, "12.5" is not. */
    static long wholeNumber(String text, int line, String what) {
        Rational value = decimal(text, line, what);
        if (!value.isInteger()) {
            throw new PabulibFormatException(line, "expected a whole number in " + what + ", found '" + text + "'");
        }
        try {
            return value.numerator().longValueExact();
        } catch (ArithmeticException e) {
            throw new PabulibFormatException(line, "expected a smaller number in " + what + ", found '" + text + "'");
        }
    }

    static long nonNegativeWholeNumber(String text, int line, String what) {
        long value = wholeNumber(text, line, what);
        if (value < 0) {
            throw new PabulibFormatException(line, "expected a non-negative number in " + what + ", found '" + text
                    + "'");
        }
        return value;
    }
}
