package fr.budgetcitoyen.allocation.plan;

/** How the votes share the envelope (issue 6): the département chooses one per campaign. */
public enum AllocationMethod {
    /** Most voted first, skipping what no longer fits (the 2018 practice). */
    GREEDY,
    /** The same, among projects with at least the minimum number of votes. */
    GREEDY_THRESHOLD,
    /** The most voted project of each territory first, then greedy. */
    TERRITORIAL_BALANCE,
    /** Method of Equal Shares (cost utilities), completed greedily. */
    EQUAL_SHARES
}
