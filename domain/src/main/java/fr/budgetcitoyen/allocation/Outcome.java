package fr.budgetcitoyen.allocation;

import java.util.List;
import java.util.stream.Collectors;

/** The projects a rule funds, in the order it selected them, and what they cost together. */
public final class Outcome {

    private final List<Project> selected;
    private final long totalCost;

    private Outcome(List<Project> selected) {
        this.selected = List.copyOf(selected);
        long sum = 0;
        for (Project project : this.selected) {
            sum = Math.addExact(sum, project.cost());
        }
        this.totalCost = sum;
    }

    public static Outcome of(List<Project> selectedInOrder) {
        return new Outcome(selectedInOrder);
    }

    public static Outcome empty() {
        return new Outcome(List.of());
    }

    public List<Project> selectedProjects() { return selected; }

    public List<ProjectId> selectedIds() {
        return selected.stream().map(Project::id).collect(Collectors.toUnmodifiableList());
    }

    public boolean contains(ProjectId id) {
        return selected.stream().anyMatch(project -> project.id().equals(id));
    }

    public long totalCost() { return totalCost; }

    public boolean fitsWithin(Rational budget) {
        return Rational.of(totalCost).compareTo(budget) <= 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Outcome && ((Outcome) other).selected.equals(selected);
    }

    @Override
    public int hashCode() {
        return selected.hashCode();
    }

    @Override
    public String toString() {
        return selectedIds() + " cost " + totalCost;
    }
}
