package fr.budgetcitoyen.allocation;

import java.util.Objects;
import java.util.Optional;

/**
 * A project put to the vote: what it costs, and what the city recorded about it.
 *
 * @param cost           in whole currency units (pabulib costs are integers)
 * @param name           empty when the file gives none
 * @param category       the raw pabulib category text (possibly a comma list), if any
 * @param selectedByCity what the file's {@code selected} column says the city actually funded, if present
 */
public record Project(ProjectId id, long cost, String name, Optional<String> category, Optional<Boolean> selectedByCity) {

    public Project {
        if (cost < 0) {
            throw new IllegalArgumentException("project " + id + " has a negative cost: " + cost);
        }
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(selectedByCity, "selectedByCity");
    }

    public static Project of(String id, long cost) {
        return of(ProjectId.of(id), cost, "", null, null);
    }

    /** As a file gives it: category and selection may be missing (null). */
    public static Project of(ProjectId id, long cost, String name, String category, Boolean selectedByCity) {
        return new Project(id, cost, name, Optional.ofNullable(category), Optional.ofNullable(selectedByCity));
    }

    @Override
    public String toString() {
        return id + " (" + cost + ")";
    }
}
