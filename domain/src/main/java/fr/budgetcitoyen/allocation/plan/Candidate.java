package fr.budgetcitoyen.allocation.plan;

/**
 * A project on the ballot as the allocation sees it: its category and territory, the grant it would get
 * (the amount requested, capped by the category's support rule) in cents, and its votes.
 */
public record Candidate(long projectId, String categoryCode, String territoryCode, long grantCents, long votes) {
}
