package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much the département may grant a project of a category: at most a share of the project's total
 * cost, and never more than a ceiling (2018: 10 % capped at 15,000 EUR, 20 % capped at 20,000 EUR).
 */
@Embeddable
public record SupportRule(
        @Column(name = "max_share_percent", precision = 5, scale = 2, nullable = false)
        BigDecimal maxSharePercent,

        @Embedded
        @AttributeOverride(name = "amount", column = @Column(name = "ceiling", precision = 14, scale = 2, nullable = false))
        Money ceiling) implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public SupportRule {
        Objects.requireNonNull(maxSharePercent, "maxSharePercent");
        Objects.requireNonNull(ceiling, "ceiling");
        if (maxSharePercent.signum() <= 0 || maxSharePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("The share of the total cost must be in ]0, 100]: " + maxSharePercent);
        }
        if (ceiling.isNegative() || ceiling.isZero()) {
            throw new IllegalArgumentException("The ceiling must be positive: " + ceiling);
        }
    }

    public static SupportRule of(int maxSharePercent, long ceilingEuros) {
        return new SupportRule(BigDecimal.valueOf(maxSharePercent), Money.euros(ceilingEuros));
    }

    /** The largest grant a project of this total cost may receive. */
    public Money maximumGrantFor(Money totalCost) {
        Objects.requireNonNull(totalCost, "totalCost");
        if (totalCost.isNegative()) {
            throw new IllegalArgumentException("A total cost cannot be negative: " + totalCost);
        }
        return totalCost.percent(maxSharePercent).min(ceiling);
    }

    /** Whether the requested amount respects the rule for a project of this total cost. */
    public boolean allows(Money requested, Money totalCost) {
        return !requested.isNegative() && !requested.isGreaterThan(maximumGrantFor(totalCost));
    }

    /** True when the ceiling, not the share, is what limits a project of this cost. */
    public boolean isCeilingBindingFor(Money totalCost) {
        return totalCost.percent(maxSharePercent).isGreaterThan(ceiling);
    }

    /** 20 and 20.00 % are the same rule, as a rule built here and one read back from its column. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SupportRule other
                && maxSharePercent.compareTo(other.maxSharePercent) == 0 && ceiling.equals(other.ceiling);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxSharePercent.stripTrailingZeros(), ceiling);
    }

    @Override
    public String toString() {
        return maxSharePercent.stripTrailingZeros().toPlainString() + " % du coût total, plafond " + ceiling;
    }
}
