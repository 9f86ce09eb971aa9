package fr.budgetcitoyen.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Integer-indexed read model of an instance, shared by the rules.
 *
 * <p>Projects are numbered in tie-breaking order (ascending id), so "lower index wins" is the
 * tie-break everywhere. Voters with the same set of supported projects are merged into one weighted
 * <em>voter group</em>: under MES they always pay the same amounts, so their budgets stay equal and
 * the rules can work per group instead of per voter.
 */
public final class SupportIndex {

    private final List<Project> projects;
    private final Map<ProjectId, Integer> indexById = new HashMap<>();
    private final long[] approvals;
    private final long[] points;
    private final int voterCount;
    private final long[] groupWeight;
    private final int[][] groupProjects;
    private final int[][] supporterGroups;

    private SupportIndex(Instance instance) {
        projects = new ArrayList<>(instance.projects());
        projects.sort((a, b) -> a.id().compareTo(b.id()));
        for (int i = 0; i < projects.size(); i++) {
            indexById.put(projects.get(i).id(), i);
        }
        approvals = new long[projects.size()];
        points = new long[projects.size()];
        voterCount = instance.voterCount();
        Map<GroupKey, Integer> groupOf = new HashMap<>();
        List<int[]> groups = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (Ballot ballot : instance.ballots()) {
            int[] supported = new int[ballot.projects().size()];
            for (int k = 0; k < supported.length; k++) {
                ProjectId id = ballot.projects().get(k);
                supported[k] = indexById.get(id);
                approvals[supported[k]]++;
                points[supported[k]] += ballot.pointsFor(id);
            }
            Arrays.sort(supported);
            Integer group = groupOf.putIfAbsent(new GroupKey(supported), groups.size());
            if (group == null) {
                groups.add(supported);
                weights.add(1L);
            } else {
                weights.set(group, weights.get(group) + 1);
            }
        }
        groupProjects = groups.toArray(new int[0][]);
        groupWeight = weights.stream().mapToLong(Long::longValue).toArray();
        supporterGroups = invert(groupProjects, projects.size());
    }

    static SupportIndex of(Instance instance) {
        return new SupportIndex(instance);
    }

    private static int[][] invert(int[][] groupProjects, int projectCount) {
        int[] counts = new int[projectCount];
        for (int[] supported : groupProjects) {
            for (int p : supported) {
                counts[p]++;
            }
        }
        int[][] supporters = new int[projectCount][];
        for (int p = 0; p < projectCount; p++) {
            supporters[p] = new int[counts[p]];
        }
        int[] filled = new int[projectCount];
        for (int g = 0; g < groupProjects.length; g++) {
            for (int p : groupProjects[g]) {
                supporters[p][filled[p]++] = g;
            }
        }
        return supporters;
    }

    public int projectCount() {
        return projects.size();
    }

    public Project project(int index) {
        return projects.get(index);
    }

    public int indexOf(ProjectId id) {
        Integer index = indexById.get(id);
        if (index == null) {
            throw new IllegalArgumentException("unknown project " + id);
        }
        return index;
    }

    public long cost(int project) {
        return projects.get(project).cost();
    }

    /** Number of ballots that include the project. */
    public long approvals(int project) {
        return approvals[project];
    }

    /** Total points given to the project (equals {@link #approvals} for approval ballots). */
    public long points(int project) {
        return points[project];
    }

    public int voterCount() { return voterCount; }

    public int groupCount() {
        return groupWeight.length;
    }

    /** Number of voters in the group. */
    public long groupWeight(int group) {
        return groupWeight[group];
    }

    /** Projects supported by every voter of the group, ascending. Do not modify. */
    public int[] groupProjects(int group) {
        return groupProjects[group];
    }

    /** Groups supporting the project, ascending. Do not modify. */
    public int[] supporterGroups(int project) {
        return supporterGroups[project];
    }

    public List<Project> projectsAt(List<Integer> indices) {
        List<Project> result = new ArrayList<>(indices.size());
        for (int index : indices) {
            result.add(projects.get(index));
        }
        return result;
    }

    private static final class GroupKey {
        private final int[] projects;
        private final int hash;

        GroupKey(int[] projects) {
            this.projects = projects;
            this.hash = Arrays.hashCode(projects);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof GroupKey && Arrays.equals(((GroupKey) other).projects, projects);
        }

        @Override
        public int hashCode() { return hash; }
    }
}
