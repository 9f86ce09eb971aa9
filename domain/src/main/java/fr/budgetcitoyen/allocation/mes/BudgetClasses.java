package fr.budgetcitoyen.allocation.mes;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Distinct budget amounts held by voter groups during a MES run. A class is a numerator, the epoch
 * of its denominator (see {@link Denominators}) and how many voters currently hold it. Class 0 is
 * the empty purse.
 */
final class BudgetClasses {

    static final int EMPTY = 0;

    private BigInteger[] numerator = new BigInteger[64];
    private int[] epoch = new int[64];
    private long[] voters = new long[64];
    private int count;

    BudgetClasses() {
        numerator[EMPTY] = BigInteger.ZERO;
        count = 1;
    }

    int count() { return count; }

    int add(BigInteger budgetNumerator, int budgetEpoch) {
        if (count == numerator.length) {
            numerator = Arrays.copyOf(numerator, count * 2);
            epoch = Arrays.copyOf(epoch, count * 2);
            voters = Arrays.copyOf(voters, count * 2);
        }
        numerator[count] = budgetNumerator;
        epoch[count] = budgetEpoch;
        voters[count] = 0;
        return count++;
    }

    BigInteger numerator(int budgetClass) {
        return numerator[budgetClass];
    }

    int epoch(int budgetClass) {
        return epoch[budgetClass];
    }

    /** The class budget as a numerator over the current common denominator. */
    BigInteger numeratorNow(int budgetClass, Denominators denominators) {
        BigInteger scale = denominators.scaleToCurrent(epoch[budgetClass]);
        return scale.equals(BigInteger.ONE) ? numerator[budgetClass] : numerator[budgetClass].multiply(scale);
    }

    void move(long voterCount, int from, int to) {
        voters[from] -= voterCount;
        voters[to] += voterCount;
    }

    void setVoters(int budgetClass, long voterCount) {
        voters[budgetClass] = voterCount;
    }

    /**
     * Forgets classes nobody holds any more once they are the majority, renumbering the classes in
     * {@code classOfGroup}. Returns whether it renumbered (callers' class-indexed scratch is then stale).
     */
    boolean compactIfSparse(int[] classOfGroup) {
        int live = 0;
        for (int c = 0; c < count; c++) {
            if (voters[c] > 0 || c == EMPTY) {
                live++;
            }
        }
        if (count < 2 * live + 32) {
            return false;
        }
        int[] renumber = new int[count];
        int next = 0;
        for (int c = 0; c < count; c++) {
            if (voters[c] > 0 || c == EMPTY) {
                numerator[next] = numerator[c];
                epoch[next] = epoch[c];
                voters[next] = voters[c];
                renumber[c] = next++;
            }
        }
        Arrays.fill(numerator, next, count, null);
        count = next;
        for (int g = 0; g < classOfGroup.length; g++) {
            classOfGroup[g] = renumber[classOfGroup[g]];
        }
        return true;
    }
}
