package fr.budgetcitoyen.allocation.mes;

import fr.budgetcitoyen.allocation.Ballot;
import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Outcome;
import fr.budgetcitoyen.allocation.Project;
import fr.budgetcitoyen.allocation.Rational;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Textbook MES (cost utilities), one voter at a time, every project re-priced every round: slow but
 * obviously right, to cross-check the optimised engine. Follows the README definition.
 */
final class NaiveEqualShares {

    private NaiveEqualShares() {
    }

    static Outcome run(Instance instance, Rational perVoterBudget) {
        List<Project> selection = new ArrayList<>();
        if (instance.voterCount() == 0) {
            return Outcome.of(selection);
        }
        List<Project> byId = new ArrayList<>(instance.projects());
        byId.sort(Comparator.comparing(Project::id));
        List<Project> candidates = new ArrayList<>();
        for (Project project : byId) {
            boolean supported = instance.ballots().stream().anyMatch(b -> b.supports(project.id()));
            if (supported && project.cost() == 0) {
                selection.add(project);
            } else if (supported) {
                candidates.add(project);
            }
        }
        List<Ballot> voters = instance.ballots();
        Rational[] budget = new Rational[voters.size()];
        java.util.Arrays.fill(budget, perVoterBudget);
        while (true) {
            Project best = null;
            Rational bestPayment = null;
            Rational bestRho = null;
            for (Project project : candidates) {
                Rational payment = equalPayment(project, voters, budget);
                if (payment == null) {
                    continue;
                }
                Rational rho = payment.divide(project.cost());
                if (bestRho == null || rho.isLessThan(bestRho)) {
                    best = project;
                    bestPayment = payment;
                    bestRho = rho;
                }
            }
            if (best == null) {
                return Outcome.of(selection);
            }
            for (int i = 0; i < voters.size(); i++) {
                if (voters.get(i).supports(best.id())) {
                    budget[i] = budget[i].subtract(budget[i].min(bestPayment));
                }
            }
            selection.add(best);
            candidates.remove(best);
        }
    }

    /** Sorted walk: the poorest supporters pay everything they have, the rest split what is left. */
    private static Rational equalPayment(Project project, List<Ballot> voters, Rational[] budget) {
        List<Rational> supporters = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            if (voters.get(i).supports(project.id())) {
                supporters.add(budget[i]);
            }
        }
        supporters.sort(Comparator.naturalOrder());
        Rational paid = Rational.ZERO;
        for (int k = 0; k < supporters.size(); k++) {
            Rational share = Rational.of(project.cost()).subtract(paid).divide(supporters.size() - k);
            if (share.compareTo(supporters.get(k)) <= 0) {
                return share;
            }
            paid = paid.add(supporters.get(k));
        }
        return null;
    }
}
