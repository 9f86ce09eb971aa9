package fr.budgetcitoyen.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** One indicator: how many said yes among the {@code n} who answered that question. */
public record Figure(int yes, int n) {

    public static final Figure NONE = new Figure(0, 0);

    public Figure {
        if (yes < 0 || n < 0 || yes > n) {
            throw new IllegalArgumentException(yes + " of " + n);
        }
    }

    /** The share in whole percent; none without an answer (never a 0 % out of nothing). */
    public Optional<Integer> percent() {
        return n == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(yes * 100L).divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).intValue());
    }

    /** From this figure to a later one, in percentage points; none when either has no answer. */
    public Optional<Integer> pointsTo(Figure later) {
        return percent().flatMap(before -> later.percent().map(after -> after - before));
    }

    Figure plus(boolean counted, boolean isYes) {
        return counted ? new Figure(yes + (isYes ? 1 : 0), n + 1) : this;
    }
}
