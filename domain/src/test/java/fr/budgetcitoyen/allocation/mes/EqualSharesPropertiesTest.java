package fr.budgetcitoyen.allocation.mes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Outcome;
import fr.budgetcitoyen.allocation.RandomInstances;
import fr.budgetcitoyen.allocation.Rational;
import fr.budgetcitoyen.allocation.SupportIndex;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EqualSharesPropertiesTest {

    private static final int INSTANCES = 400;

    @Test
    void optimisedEngineAgreesWithTheTextbookMethodOnRandomInstances() {
        Random random = new Random(20240611L);
        for (int i = 0; i < INSTANCES; i++) {
            Instance instance = RandomInstances.approval(random);
            if (instance.voterCount() == 0) {
                continue;
            }
            // also a tight and a generous per-voter budget, where many voters end up poor or none do
            for (Rational perVoter : new Rational[] {
                    instance.budget().divide(instance.voterCount()), Rational.of(7, 3), Rational.of(1000) }) {
                assertEquals(NaiveEqualShares.run(instance, perVoter), new EqualSharesEngine(instance).run(perVoter),
                        "instance #" + i + " " + instance.ballots() + " " + instance.projects() + " b=" + perVoter);
            }
        }
    }

    @Test
    void everyFundedProjectIsPaidExactlyByItsSupportersWithinTheirBudgets() {
        Random random = new Random(7L);
        for (int i = 0; i < INSTANCES; i++) {
            Instance instance = RandomInstances.approval(random);
            if (instance.voterCount() == 0) {
                continue;
            }
            int number = i;
            SupportIndex index = instance.supportIndex();
            Rational perVoter = instance.budget().divide(instance.voterCount());
            Map<Integer, Rational> collected = new HashMap<>();
            Map<Integer, Rational> spentPerVoterOfGroup = new HashMap<>();
            Outcome outcome = new EqualSharesEngine(instance).run(perVoter, (project, group, amount) -> {
                assertTrue(amount.signum() >= 0);
                assertTrue(index.groupProjects(group).length > 0
                        && java.util.Arrays.binarySearch(index.groupProjects(group), project) >= 0,
                        "only supporters pay");
                collected.merge(project, amount.multiply(index.groupWeight(group)), Rational::add);
                spentPerVoterOfGroup.merge(group, amount, Rational::add);
            });
            outcome.selectedProjects().forEach(project -> {
                Rational paid = collected.getOrDefault(index.indexOf(project.id()), Rational.ZERO);
                assertEquals(Rational.of(project.cost()), paid, "payments for " + project + " in #" + number);
            });
            assertEquals(outcome.selectedProjects().stream().filter(p -> p.cost() > 0).count(), collected.size());
            spentPerVoterOfGroup.values().forEach(spent -> assertTrue(spent.compareTo(perVoter) <= 0,
                    "a voter paid " + spent + " out of " + perVoter + " in #" + number));
            assertTrue(outcome.fitsWithin(instance.budget()));
        }
    }

    @Test
    void budgetIncreaseCompletionsNeverOverspendAndAdd1KeepsAnExhaustivePlainOutcome() {
        Random random = new Random(99L);
        for (int i = 0; i < INSTANCES; i++) {
            Instance instance = RandomInstances.approval(random);
            Outcome plain = new MethodOfEqualShares().allocate(instance);
            for (BudgetIncreaseCompletion.Stop stop : BudgetIncreaseCompletion.Stop.values()) {
                Outcome completed = new BudgetIncreaseCompletion(stop).allocate(instance);
                assertTrue(completed.fitsWithin(instance.budget()), stop + " overspends in #" + i);
            }
            if (instance.voterCount() > 0 && BudgetIncreaseCompletion.isExhaustive(new EqualSharesEngine(instance),
                    plain, instance.spendingLimit())) {
                assertEquals(plain, new BudgetIncreaseCompletion(
                        BudgetIncreaseCompletion.Stop.AT_FIRST_EXHAUSTIVE_OUTCOME).allocate(instance));
            }
        }
    }
}
