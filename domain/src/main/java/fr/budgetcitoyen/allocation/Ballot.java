package fr.budgetcitoyen.allocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One voter's ballot: the projects they support, in the order written, and for point-based votes
 * (cumulative, scoring) the points given to each. An empty ballot is a valid ballot: its voter still
 * counts in the electorate and receives a share of the budget under the Method of Equal Shares.
 */
public final class Ballot {

    private final String voterId;
    private final List<ProjectId> projects;
    private final List<Long> points;

    private Ballot(String voterId, List<ProjectId> projects, List<Long> points) {
        this.voterId = Objects.requireNonNull(voterId, "voterId");
        this.projects = List.copyOf(projects);
        this.points = points == null ? null : List.copyOf(points);
    }

    /** An approval (or ordinal) ballot; repeated projects are kept once, as an approval set would. */
    public static Ballot approving(String voterId, Collection<ProjectId> projects) {
        return new Ballot(voterId, new ArrayList<>(new LinkedHashSet<>(projects)), null);
    }

    /** A point-based ballot: {@code points.get(i)} points for {@code projects.get(i)}. */
    public static Ballot withPoints(String voterId, List<ProjectId> projects, List<Long> points) {
        if (projects.size() != points.size()) {
            throw new IllegalArgumentException("ballot " + voterId + ": " + projects.size() + " projects but "
                    + points.size() + " points");
        }
        if (new LinkedHashSet<>(projects).size() != projects.size()) {
            throw new IllegalArgumentException("ballot " + voterId + " gives points twice to the same project");
        }
        return new Ballot(voterId, projects, points);
    }

    public String voterId() { return voterId; }

    /** Supported projects in the order the voter wrote them (best first for ordinal ballots). */
    public List<ProjectId> projects() { return projects; }

    public boolean isEmpty() {
        return projects.isEmpty();
    }

    public boolean hasPoints() {
        return points != null;
    }

    public boolean supports(ProjectId project) {
        return projects.contains(project);
    }

    /** Points given to a project; an approval counts as one point, no support as zero. */
    public long pointsFor(ProjectId project) {
        int position = projects.indexOf(project);
        if (position < 0) {
            return 0;
        }
        return points == null ? 1 : points.get(position);
    }

    /** The points list parallel to {@link #projects()}, empty for approval ballots. */
    public List<Long> points() {
        return points == null ? List.of() : points;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Ballot)) {
            return false;
        }
        Ballot that = (Ballot) other;
        return voterId.equals(that.voterId) && projects.equals(that.projects) && Objects.equals(points, that.points);
    }

    @Override
    public int hashCode() {
        return Objects.hash(voterId, projects, points);
    }

    @Override
    public String toString() {
        return voterId + projects + (points == null ? "" : points.toString());
    }
}
