package fr.budgetcitoyen.allocation.greedy;

import fr.budgetcitoyen.allocation.AllocationException;
import fr.budgetcitoyen.allocation.AllocationRule;
import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Outcome;
import fr.budgetcitoyen.allocation.Project;
import fr.budgetcitoyen.allocation.Rational;
import fr.budgetcitoyen.allocation.SupportIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Greedy by support: rank projects by score (ties by ascending id) and fund them down the list.
 *
 * <p>Ranking follows the reference implementation (pabutools' greedy utilitarian welfare with cost
 * satisfaction, whose "satisfaction per unit of cost" is exactly the approval count): a free project
 * with support comes first, projects nobody supports come last but are still funded if they fit.
 */
public final class GreedyRule implements AllocationRule {

    private final SupportMeasure measure;
    private final boolean skipWhatDoesNotFit;
    private final boolean eligibilityThresholdFromMeta;

    private GreedyRule(SupportMeasure measure, boolean skipWhatDoesNotFit, boolean thresholdFromMeta) {
        this.measure = measure;
        this.skipWhatDoesNotFit = skipWhatDoesNotFit;
        this.eligibilityThresholdFromMeta = thresholdFromMeta;
    }

    /** Skips a project that does not fit and goes on down the list. Points for point ballots. */
    public static GreedyRule skippingWhatDoesNotFit() {
        return new GreedyRule(null, true, false);
    }

    /** Stops at the first project that does not fit in what is left. */
    public static GreedyRule stoppingAtFirstMisfit() {
        return new GreedyRule(null, false, false);
    }

    /** Ignores projects scoring below META {@code min_project_score_threshold}, then skips misfits. */
    public static GreedyRule withScoreThreshold() {
        return new GreedyRule(null, true, true);
    }

    /** Same rule, ranking by the given measure whatever the vote type. */
    public GreedyRule rankingBy(SupportMeasure newMeasure) {
        return new GreedyRule(newMeasure, skipWhatDoesNotFit, eligibilityThresholdFromMeta);
    }

    @Override
    public Outcome allocate(Instance instance) {
        return complete(instance, Outcome.empty());
    }

    /** Extends an existing selection greedily with the money it left (utilitarian completion). */
    public Outcome complete(Instance instance, Outcome start) {
        SupportIndex index = instance.supportIndex();
        SupportMeasure used = measure != null ? measure : SupportMeasure.naturalFor(instance.voteType());
        Rational threshold = eligibilityThresholdFromMeta ? requiredThreshold(instance) : null;
        List<Project> selection = new ArrayList<>(start.selectedProjects());
        long left = instance.spendingLimit() - start.totalCost();
        for (int project : ranking(index, used)) {
            Project candidate = index.project(project);
            if (start.contains(candidate.id())
                    || threshold != null && Rational.of(used.scoreOf(index, project)).isLessThan(threshold)) {
                continue;
            }
            if (candidate.cost() <= left) {
                selection.add(candidate);
                left -= candidate.cost();
            } else if (!skipWhatDoesNotFit) {
                break;
            }
        }
        return Outcome.of(selection);
    }

    private static Rational requiredThreshold(Instance instance) {
        return instance.minProjectScoreThreshold().orElseThrow(() -> new AllocationException(
                "the score-threshold greedy rule needs META " + Instance.META_SCORE_THRESHOLD));
    }

    private static int[] ranking(SupportIndex index, SupportMeasure measure) {
        Comparator<Integer> order = Comparator
                .comparing((Integer p) -> !(index.cost(p) == 0 && measure.scoreOf(index, p) > 0))
                .thenComparing((Integer p) -> measure.scoreOf(index, p), Comparator.reverseOrder())
                .thenComparing(p -> p);
        return IntStream.range(0, index.projectCount()).boxed().sorted(order).mapToInt(Integer::intValue).toArray();
    }
}
