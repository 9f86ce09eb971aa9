package fr.budgetcitoyen.allocation;

import java.util.Objects;
import java.util.Optional;

/** A project put to the vote: what it costs, and what the city recorded about it. */
public final class Project {

    private final ProjectId id;
    private final long cost;
    private final String name;
    private final String category;
    private final Boolean selectedByCity;

    private Project(ProjectId id, long cost, String name, String category, Boolean selectedByCity) {
        if (cost < 0) {
            throw new IllegalArgumentException("project " + id + " has a negative cost: " + cost);
        }
        this.id = Objects.requireNonNull(id, "id");
        this.cost = cost;
        this.name = name == null ? "" : name;
        this.category = category;
        this.selectedByCity = selectedByCity;
    }

    public static Project of(String id, long cost) {
        return new Project(ProjectId.of(id), cost, "", null, null);
    }

    public static Project of(ProjectId id, long cost, String name, String category, Boolean selectedByCity) {
        return new Project(id, cost, name, category, selectedByCity);
    }

    public ProjectId id() { return id; }

    /** Cost in whole currency units (pabulib costs are integers). */
    public long cost() { return cost; }

    public String name() { return name; }

    /** The raw pabulib category text (possibly a comma list), if any. */
    public Optional<String> category() {
        return Optional.ofNullable(category);
    }

    /** What the file's {@code selected} column says the city actually funded, if present. */
    public Optional<Boolean> selectedByCity() {
        return Optional.ofNullable(selectedByCity);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Project)) {
            return false;
        }
        Project that = (Project) other;
        return id.equals(that.id) && cost == that.cost && name.equals(that.name)
                && Objects.equals(category, that.category) && Objects.equals(selectedByCity, that.selectedByCity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, cost, name, category, selectedByCity);
    }

    @Override
    public String toString() {
        return id + " (" + cost + ")";
    }
}
