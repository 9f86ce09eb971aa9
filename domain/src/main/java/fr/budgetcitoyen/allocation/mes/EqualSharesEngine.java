package fr.budgetcitoyen.allocation.mes;

import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Outcome;
import fr.budgetcitoyen.allocation.Rational;
import fr.budgetcitoyen.allocation.SupportIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Method of Equal Shares with cost utilities, for a given per-voter budget.
 *
 * <p>Each round funds the affordable project whose supporters pay the least per unit of cost (rho),
 * ties to the smallest id. A project's rho never decreases (budgets only shrink), so the last rho
 * computed is a lower bound: projects are examined by increasing lower bound and the scan stops once
 * a bound exceeds the best exact rho found, which is what keeps rounds cheap.
 *
 * <p>As in the reference implementation, supported free projects are funded first (in id order) and
 * projects nobody supports are never candidates.
 */
public final class EqualSharesEngine {

    private final Instance instance;
    private final SupportIndex index;
    private final List<Integer> freeProjects = new ArrayList<>();
    private final List<Integer> candidates = new ArrayList<>();

    public EqualSharesEngine(Instance instance) {
        this.instance = instance;
        this.index = instance.supportIndex();
        for (int p = 0; p < index.projectCount(); p++) {
            if (index.approvals(p) > 0) {
                (index.cost(p) == 0 ? freeProjects : candidates).add(p);
            }
        }
    }

    public Instance instance() { return instance; }

    /** Projects MES may fund by charging voters: supported and not free. Indices, ascending. */
    public List<Integer> candidates() { return candidates; }

    public Outcome run(Rational perVoterBudget) {
        return run(perVoterBudget, PaymentObserver.NONE);
    }

    public Outcome run(Rational perVoterBudget, PaymentObserver observer) {
        return Outcome.of(index.projectsAt(selectInOrder(perVoterBudget, observer)));
    }

    /** Indices of the funded projects, in funding order. */
    public List<Integer> selectInOrder(Rational perVoterBudget, PaymentObserver observer) {
        List<Integer> selection = new ArrayList<>();
        if (index.voterCount() == 0) {
            return selection;
        }
        selection.addAll(freeProjects);
        VoterBudgets budgets = new VoterBudgets(index, perVoterBudget);
        Rational[] rhoLowerBound = new Rational[index.projectCount()];
        for (int p : candidates) {
            rhoLowerBound[p] = Rational.of(1, index.approvals(p)); // everybody rich: rho = 1 / supporters
        }
        List<Integer> remaining = new ArrayList<>(candidates);
        Comparator<Integer> mostPromisingFirst = Comparator.comparing((Integer p) -> rhoLowerBound[p]);
        while (!remaining.isEmpty()) {
            remaining.sort(mostPromisingFirst);
            ProjectPrice best = null;
            List<Integer> stillAffordable = new ArrayList<>(remaining.size());
            for (int i = 0; i < remaining.size(); i++) {
                int p = remaining.get(i);
                if (best != null && rhoLowerBound[p].isGreaterThan(best.paymentPerCostUnit())) {
                    stillAffordable.addAll(remaining.subList(i, remaining.size()));
                    break;
                }
                ProjectPrice price = budgets.price(p);
                if (price == null) {
                    continue; // budgets only shrink: it will never be affordable again
                }
                stillAffordable.add(p);
                rhoLowerBound[p] = price.paymentPerCostUnit();
                if (best == null || price.isBetterThan(best)) {
                    best = price;
                }
            }
            if (best == null) {
                break;
            }
            selection.add(best.project());
            stillAffordable.remove(Integer.valueOf(best.project()));
            remaining = stillAffordable;
            budgets.charge(best, observer);
        }
        return selection;
    }
}
