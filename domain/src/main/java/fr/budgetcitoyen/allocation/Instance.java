package fr.budgetcitoyen.allocation;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A participatory-budgeting election: the budget, the projects and every ballot cast.
 *
 * <p>Immutable. The electorate is the list of ballots, empty ones included (not META
 * {@code num_votes}), because every voter receives an equal share of the budget under MES.
 */
public final class Instance {

    public static final String META_RULE = "rule";
    public static final String META_SCORE_THRESHOLD = "min_project_score_threshold";

    private final Rational budget;
    private final VoteType voteType;
    private final List<Project> projects;
    private final List<Ballot> ballots;
    private final Map<String, String> meta;
    private final Map<ProjectId, Project> projectsById = new HashMap<>();
    private volatile SupportIndex supportIndex;

    private Instance(Rational budget, VoteType voteType, List<Project> projects, List<Ballot> ballots,
            Map<String, String> meta) {
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("the budget cannot be negative: " + budget);
        }
        this.budget = budget;
        this.voteType = Objects.requireNonNull(voteType, "voteType");
        this.projects = List.copyOf(projects);
        this.ballots = List.copyOf(ballots);
        this.meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        for (Project project : this.projects) {
            if (projectsById.put(project.id(), project) != null) {
                throw new IllegalArgumentException("project " + project.id() + " is listed twice");
            }
        }
        for (Ballot ballot : this.ballots) {
            for (ProjectId supported : ballot.projects()) {
                if (!projectsById.containsKey(supported)) {
                    throw new IllegalArgumentException("ballot " + ballot.voterId() + " supports unknown project "
                            + supported);
                }
            }
        }
    }

    public static Instance of(Rational budget, VoteType voteType, List<Project> projects, List<Ballot> ballots,
            Map<String, String> meta) {
        return new Instance(budget, voteType, projects, ballots, meta);
    }

    /** An approval instance without META entries, handy for tests and programmatic use. */
    public static Instance ofApprovals(Rational budget, List<Project> projects, List<Ballot> ballots) {
        return new Instance(budget, VoteType.APPROVAL, projects, ballots, Map.of());
    }

    public Rational budget() { return budget; }

    /**
     * The most a selection may cost, in whole units: costs are integers, so a total fits the
     * (possibly decimal) budget exactly when it is at most the budget's floor.
     */
    public long spendingLimit() {
        return budget.floorClamped();
    }

    public VoteType voteType() { return voteType; }

    /** Projects in file order. */
    public List<Project> projects() { return projects; }

    public List<Ballot> ballots() { return ballots; }

    public int voterCount() {
        return ballots.size();
    }

    public Optional<Project> project(ProjectId id) {
        return Optional.ofNullable(projectsById.get(id));
    }

    /** Every META entry as read, in file order. */
    public Map<String, String> meta() { return meta; }

    /** The rule the city says it used (META {@code rule}), if any. */
    public Optional<String> declaredRule() {
        return Optional.ofNullable(meta.get(META_RULE)).map(String::trim).filter(rule -> !rule.isEmpty());
    }

    /** META {@code min_project_score_threshold}: projects scoring less are not eligible. */
    public Optional<Rational> minProjectScoreThreshold() {
        String raw = meta.get(META_SCORE_THRESHOLD);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Rational.parseDecimal(raw));
        } catch (NumberFormatException e) {
            throw new AllocationException("META " + META_SCORE_THRESHOLD + " is not a number: '" + raw + "'");
        }
    }

    /** Integer-indexed view of the votes that the rules compute on; built once, on first use. */
    public SupportIndex supportIndex() {
        SupportIndex index = supportIndex;
        if (index == null) {
            synchronized (this) {
                index = supportIndex;
                if (index == null) {
                    index = SupportIndex.of(this);
                    supportIndex = index;
                }
            }
        }
        return index;
    }

    @Override
    public String toString() {
        return "Instance[budget " + budget + ", " + projects.size() + " projects, " + ballots.size() + " ballots]";
    }
}
