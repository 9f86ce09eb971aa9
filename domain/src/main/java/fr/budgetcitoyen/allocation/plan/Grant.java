package fr.budgetcitoyen.allocation.plan;

/** A funded project and what it receives, in the order the rule selected it. */
public record Grant(Candidate candidate, long cents) {
}
