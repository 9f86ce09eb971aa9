package fr.budgetcitoyen.allocation.greedy;

import fr.budgetcitoyen.allocation.AllocationRule;
import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Outcome;

/**
 * Runs a first rule, then spends what it left greedily by approval count (the reference's greedy
 * utilitarian welfare with cost satisfaction), skipping what does not fit.
 */
public final class UtilitarianCompletion implements AllocationRule {

    private final AllocationRule first;
    private final GreedyRule completion = GreedyRule.skippingWhatDoesNotFit().rankingBy(SupportMeasure.APPROVALS);

    public UtilitarianCompletion(AllocationRule first) { this.first = first; }

    @Override
    public Outcome allocate(Instance instance) {
        return completion.complete(instance, first.allocate(instance));
    }
}
