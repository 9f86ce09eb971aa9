package fr.budgetcitoyen.allocation.mes;

import fr.budgetcitoyen.allocation.AllocationRule;
import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Outcome;
import fr.budgetcitoyen.allocation.Rational;

/** Plain MES: every voter starts with budget B/n; usually leaves money unspent. */
public final class MethodOfEqualShares implements AllocationRule {

    @Override
    public Outcome allocate(Instance instance) {
        if (instance.voterCount() == 0) {
            return Outcome.empty();
        }
        return new EqualSharesEngine(instance).run(fairShare(instance));
    }

    static Rational fairShare(Instance instance) {
        return instance.budget().divide(instance.voterCount());
    }
}
