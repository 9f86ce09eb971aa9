package fr.budgetcitoyen.allocation;

import java.util.List;

/** The projects a rule funds, in the order it selected them, and what they cost together. */
public record Outcome(List<Project> selectedProjects) {

    public Outcome {
        selectedProjects = List.copyOf(selectedProjects);
    }

    public static Outcome of(List<Project> selectedInOrder) {
        return new Outcome(selectedInOrder);
    }

    public static Outcome empty() {
        return new Outcome(List.of());
    }

    public List<ProjectId> selectedIds() {
        return selectedProjects.stream().map(Project::id).toList();
    }

    public boolean contains(ProjectId id) {
        return selectedProjects.stream().anyMatch(project -> project.id().equals(id));
    }

    /** Summed when asked, as {@link #contains} searches: a selection is at most a few hundred projects. */
    public long totalCost() {
        return selectedProjects.stream().mapToLong(Project::cost).reduce(0, Math::addExact);
    }

    public boolean fitsWithin(Rational budget) {
        return Rational.of(totalCost()).compareTo(budget) <= 0;
    }

    @Override
    public String toString() {
        return selectedIds() + " cost " + totalCost();
    }
}
