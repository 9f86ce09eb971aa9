package fr.budgetcitoyen.allocation.plan;

import java.util.List;
import java.util.Objects;

/**
 * The rule a campaign declares: the method, whether each category shares its own part of the envelope
 * or all compete for the whole, and the minimum number of votes (threshold method only).
 */
public record AllocationPlan(AllocationMethod method, boolean perCategory, int minimumVotes) {

    public AllocationPlan {
        Objects.requireNonNull(method, "method");
        if (minimumVotes < 0) {
            throw new IllegalArgumentException("A minimum of votes cannot be negative: " + minimumVotes);
        }
    }

    /** The default: greedy by votes within each category. */
    public static final AllocationPlan DEFAULT = new AllocationPlan(AllocationMethod.GREEDY, true, 0);

    /** The plans agents compare before the decision. */
    public static List<AllocationPlan> standard(int minimumVotes) {
        return List.of(DEFAULT, new AllocationPlan(AllocationMethod.GREEDY_THRESHOLD, true, minimumVotes),
                new AllocationPlan(AllocationMethod.TERRITORIAL_BALANCE, true, 0),
                new AllocationPlan(AllocationMethod.EQUAL_SHARES, true, 0),
                new AllocationPlan(AllocationMethod.GREEDY, false, 0));
    }

    /** A stable code ("GREEDY/per-category/0"), recorded with each computation. */
    public String code() {
        return method + "/" + (perCategory ? "per-category" : "global") + "/" + minimumVotes;
    }

    public static AllocationPlan parse(String code) {
        String[] parts = code.split("/");
        return new AllocationPlan(AllocationMethod.valueOf(parts[0]), parts[1].equals("per-category"), Integer.parseInt(parts[2]));
    }
}
