package fr.budgetcitoyen.allocation.mes;

import fr.budgetcitoyen.allocation.AllocationRule;
import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Outcome;
import fr.budgetcitoyen.allocation.Project;
import fr.budgetcitoyen.allocation.Rational;

/**
 * MES completed by raising the per-voter budget one unit at a time (B/n, B/n+1, B/n+2, ...) and
 * keeping the last outcome that still costs at most B.
 */
public final class BudgetIncreaseCompletion implements AllocationRule {

    /** When to stop raising the budget. */
    public enum Stop {
        /** "add1": also stop at the first exhaustive outcome (pabutools voter_budget_increment=1). */
        AT_FIRST_EXHAUSTIVE_OUTCOME,
        /**
         * "add1-comparison": only stop when the next outcome would overspend (pabutools
         * exhaustion_by_budget_increase with budget_step=n and exhaustive_stop=False).
         */
        ONLY_WHEN_NEXT_OVERSPENDS
    }

    private final Stop stop;

    public BudgetIncreaseCompletion(Stop stop) { this.stop = stop; }

    @Override
    public Outcome allocate(Instance instance) {
        if (instance.voterCount() == 0) {
            return Outcome.empty();
        }
        EqualSharesEngine engine = new EqualSharesEngine(instance);
        long limit = instance.spendingLimit();
        Rational settledBudget = Rational.of(totalCandidateCost(engine));
        Rational perVoter = MethodOfEqualShares.fairShare(instance);
        Outcome previous = Outcome.empty();
        for (long increase = 0; ; increase++) {
            Outcome outcome = engine.run(perVoter);
            if (outcome.totalCost() > limit) {
                return previous;
            }
            if (stop == Stop.AT_FIRST_EXHAUSTIVE_OUTCOME
                    ? isExhaustive(engine, outcome, limit) // always reached: enough money funds every candidate
                    : isSettled(perVoter, settledBudget) || isAtReferenceBound(instance, increase)) {
                return outcome;
            }
            previous = outcome;
            perVoter = perVoter.add(Rational.ONE);
        }
    }

    /**
     * Once each voter could pay for every candidate alone, nobody is ever short of money and the
     * outcome cannot change any more (the reference would loop on, returning the same outcome).
     */
    private static boolean isSettled(Rational perVoter, Rational settledBudget) {
        return perVoter.compareTo(settledBudget) >= 0;
    }

    /** The reference gives up once the raised total budget B + k*n exceeds B*(n+1), i.e. k > B. */
    private static boolean isAtReferenceBound(Instance instance, long increase) {
        return Rational.of(increase + 1).isGreaterThan(instance.budget());
    }

    /** No candidate left out could still be added within the budget (pabutools' definition). */
    static boolean isExhaustive(EqualSharesEngine engine, Outcome outcome, long limit) {
        for (int p : engine.candidates()) {
            Project candidate = engine.instance().supportIndex().project(p);
            if (!outcome.contains(candidate.id()) && outcome.totalCost() + candidate.cost() <= limit) {
                return false;
            }
        }
        return true;
    }

    private static long totalCandidateCost(EqualSharesEngine engine) {
        long total = 0;
        for (int p : engine.candidates()) {
            total = Math.addExact(total, engine.instance().supportIndex().cost(p));
        }
        return total;
    }
}
