package fr.budgetcitoyen.allocation.greedy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Outcome;
import fr.budgetcitoyen.allocation.Project;
import fr.budgetcitoyen.allocation.RandomInstances;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GreedyPropertiesTest {

    @Test
    void greedyNeverOverspendsAndLeavesNothingThatStillFits() {
        Random random = new Random(42L);
        for (int i = 0; i < 500; i++) {
            Instance instance = RandomInstances.approval(random);
            Outcome outcome = GreedyRule.skippingWhatDoesNotFit().allocate(instance);
            assertTrue(outcome.fitsWithin(instance.budget()), "over budget in #" + i);
            long left = instance.spendingLimit() - outcome.totalCost();
            for (Project project : instance.projects()) {
                assertTrue(outcome.contains(project.id()) || project.cost() > left,
                        project + " still fits in " + left + " in #" + i);
            }
            Outcome noSkip = GreedyRule.stoppingAtFirstMisfit().allocate(instance);
            assertTrue(noSkip.fitsWithin(instance.budget()));
            assertTrue(outcome.selectedIds().containsAll(noSkip.selectedIds()), "no-skip is a prefix of skip");
        }
    }
}
