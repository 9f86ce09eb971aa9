package fr.budgetcitoyen.allocation.plan;

import fr.budgetcitoyen.allocation.Ballot;
import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Outcome;
import fr.budgetcitoyen.allocation.Project;
import fr.budgetcitoyen.allocation.ProjectId;
import fr.budgetcitoyen.allocation.Rational;
import fr.budgetcitoyen.allocation.greedy.GreedyRule;
import fr.budgetcitoyen.allocation.mes.MethodOfEqualShares;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The département's allocation: the votes of each category (or of all) share the envelope under the
 * declared plan, with the research rules of this package computing exactly, ties broken by project id.
 */
public final class DepartmentAllocation {

    private DepartmentAllocation() {
    }

    /**
     * @param budgets the envelope part of each category in cents (per-category plans), or the whole
     *                envelope under the key {@code "*"} (global plans)
     */
    public static Allocation allocate(AllocationPlan plan, List<Candidate> candidates, Map<String, Long> budgets) {
        Map<String, List<Candidate>> scopes = plan.perCategory()
                ? candidates.stream().collect(Collectors.groupingBy(Candidate::categoryCode, LinkedHashMap::new, Collectors.toList()))
                : Map.of("*", candidates);
        List<Grant> grants = new ArrayList<>();
        long budget = 0;
        for (Map.Entry<String, List<Candidate>> scope : scopes.entrySet()) {
            long scopeBudget = budgets.getOrDefault(scope.getKey(), 0L);
            budget += scopeBudget;
            grants.addAll(allocateScope(plan, scope.getValue(), scopeBudget));
        }
        return new Allocation(plan, grants, budget, candidates.stream().mapToLong(Candidate::votes).sum());
    }

    private static List<Grant> allocateScope(AllocationPlan plan, List<Candidate> scope, long budgetCents) {
        List<Candidate> eligible = plan.method() == AllocationMethod.GREEDY_THRESHOLD
                ? scope.stream().filter(c -> c.votes() >= plan.minimumVotes()).toList() : scope;
        Instance instance = instanceOf(eligible, budgetCents);
        Outcome outcome = switch (plan.method()) {
            case GREEDY, GREEDY_THRESHOLD -> GreedyRule.skippingWhatDoesNotFit().allocate(instance);
            case TERRITORIAL_BALANCE -> GreedyRule.skippingWhatDoesNotFit().complete(instance, territorialStart(eligible, instance, budgetCents));
            case EQUAL_SHARES -> GreedyRule.skippingWhatDoesNotFit().complete(instance, new MethodOfEqualShares().allocate(instance));
        };
        Map<String, Candidate> byId = eligible.stream().collect(Collectors.toMap(c -> String.valueOf(c.projectId()), c -> c));
        return outcome.selectedProjects().stream()
                .map(p -> new Grant(byId.get(p.id().toString()), p.cost())).toList();
    }

    /** The most voted project of each territory (ties: the smaller id), most voted first, while it fits. */
    private static Outcome territorialStart(List<Candidate> scope, Instance instance, long budgetCents) {
        Comparator<Candidate> mostVoted = Comparator.comparingLong(Candidate::votes).reversed()
                .thenComparingLong(Candidate::projectId);
        List<Candidate> leaders = scope.stream().collect(Collectors.groupingBy(Candidate::territoryCode)).values().stream()
                .map(list -> list.stream().sorted(mostVoted).findFirst().orElseThrow()).sorted(mostVoted).toList();
        List<Project> start = new ArrayList<>();
        long left = budgetCents;
        for (Candidate leader : leaders) {
            if (leader.grantCents() <= left) {
                start.add(instance.project(ProjectId.of(String.valueOf(leader.projectId()))).orElseThrow());
                left -= leader.grantCents();
            }
        }
        return Outcome.of(start);
    }

    /** One approval ballot per vote: a resident votes for one project in a category. */
    static Instance instanceOf(List<Candidate> scope, long budgetCents) {
        List<Project> projects = scope.stream().sorted(Comparator.comparingLong(Candidate::projectId))
                .map(c -> Project.of(String.valueOf(c.projectId()), c.grantCents())).toList();
        List<Ballot> ballots = new ArrayList<>();
        for (Candidate c : scope) {
            List<ProjectId> one = List.of(ProjectId.of(String.valueOf(c.projectId())));
            for (long v = 0; v < c.votes(); v++) {
                ballots.add(Ballot.approving(c.projectId() + "-" + v, one));
            }
        }
        return Instance.ofApprovals(Rational.of(budgetCents), projects, ballots);
    }
}
