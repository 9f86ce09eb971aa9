package fr.budgetcitoyen.allocation;

/** A deterministic way to turn the votes of an instance into a funded set of projects. */
@FunctionalInterface
public interface AllocationRule {

    Outcome allocate(Instance instance);
}
