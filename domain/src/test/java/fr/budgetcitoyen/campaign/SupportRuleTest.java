package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupportRuleTest {

    private final SupportRule twentyPercentCappedAt20k = SupportRule.of(20, 20_000);

    @Test
    void theShareOfTheCostLimitsSmallProjects() {
        assertEquals(Money.euros(9_000), twentyPercentCappedAt20k.maximumGrantFor(Money.euros(45_000)));
        assertFalse(twentyPercentCappedAt20k.isCeilingBindingFor(Money.euros(45_000)));
    }

    @Test
    void theCeilingLimitsLargeProjects() {
        assertEquals(Money.euros(20_000), twentyPercentCappedAt20k.maximumGrantFor(Money.euros(250_000)));
        assertTrue(twentyPercentCappedAt20k.isCeilingBindingFor(Money.euros(250_000)));
    }

    @Test
    void allowsUpToTheCapAndNotOneCentMore() {
        Money cost = Money.euros(50_000);
        assertTrue(twentyPercentCappedAt20k.allows(Money.euros(10_000), cost));
        assertFalse(twentyPercentCappedAt20k.allows(Money.parse("10000,01"), cost));
        assertFalse(twentyPercentCappedAt20k.allows(Money.euros(-1), cost));
    }

    @Test
    void rejectsMeaninglessRules() {
        assertThrows(IllegalArgumentException.class, () -> SupportRule.of(0, 15_000));
        assertThrows(IllegalArgumentException.class, () -> SupportRule.of(101, 15_000));
        assertThrows(IllegalArgumentException.class, () -> new SupportRule(BigDecimal.TEN, Money.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> twentyPercentCappedAt20k.maximumGrantFor(Money.euros(-5)));
    }
}
