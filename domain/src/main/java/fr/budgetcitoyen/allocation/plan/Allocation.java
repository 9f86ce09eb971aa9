package fr.budgetcitoyen.allocation.plan;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The outcome of a plan: who is funded and with what, and the figures agents compare rules by.
 * Ballots are secret and per category, so "voters served" is the share of ballots whose project is funded.
 */
public record Allocation(AllocationPlan plan, List<Grant> grants, long budgetCents, long ballots) {

    public Allocation {
        grants = List.copyOf(grants);
    }

    public long spentCents() {
        return grants.stream().mapToLong(Grant::cents).sum();
    }

    public long ballotsForFunded() {
        return grants.stream().mapToLong(g -> g.candidate().votes()).sum();
    }

    /** Per mille of the ballots that went to a funded project (exact integer arithmetic). */
    public long servedPerMille() {
        return ballots == 0 ? 0 : ballotsForFunded() * 1000 / ballots;
    }

    public boolean isFunded(long projectId) {
        return grants.stream().anyMatch(g -> g.candidate().projectId() == projectId);
    }

    public long grantOf(long projectId) {
        return grants.stream().filter(g -> g.candidate().projectId() == projectId).mapToLong(Grant::cents).sum();
    }

    /** Funded projects per territory code, sorted by code. */
    public Map<String, Long> fundedPerTerritory() {
        return grants.stream().collect(Collectors.groupingBy(g -> g.candidate().territoryCode(), TreeMap::new, Collectors.counting()));
    }
}
