package fr.budgetcitoyen.allocation.mes;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The common denominator of voter budgets, which grows as payments with new denominators are made.
 *
 * <p>Each growth opens an <em>epoch</em>. A budget stored in epoch e as numerator n is worth
 * n / D_e = n * Q_e / D, where D is the current denominator and Q_e = D / D_e. Storing budgets
 * per epoch means a new payment denominator costs one multiplication per epoch rather than one per
 * stored budget.
 */
final class Denominators {

    private BigInteger current;
    private BigInteger[] scaleToCurrent = new BigInteger[8];
    private int epochs;

    Denominators(BigInteger initial) {
        current = initial;
        scaleToCurrent[0] = BigInteger.ONE;
        epochs = 1;
    }

    BigInteger current() { return current; }

    int currentEpoch() {
        return epochs - 1;
    }

    int epochCount() { return epochs; }

    /** Q_e: multiply a numerator of epoch e by this to express it over the current denominator. */
    BigInteger scaleToCurrent(int epoch) {
        return scaleToCurrent[epoch];
    }

    /**
     * Makes the current denominator a multiple of {@code denominator} (opening an epoch if needed)
     * and returns current / denominator, the factor that brings such a fraction's numerator over it.
     */
    BigInteger admit(BigInteger denominator) {
        BigInteger missing = denominator.divide(current.gcd(denominator));
        if (!missing.equals(BigInteger.ONE)) {
            current = current.multiply(missing);
            for (int e = 0; e < epochs; e++) {
                scaleToCurrent[e] = scaleToCurrent[e].multiply(missing);
            }
            if (epochs == scaleToCurrent.length) {
                scaleToCurrent = Arrays.copyOf(scaleToCurrent, epochs * 2);
            }
            scaleToCurrent[epochs++] = BigInteger.ONE;
        }
        return current.divide(denominator);
    }
}
