package fr.budgetcitoyen.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Small random approval instances for property tests; ties and poor voters are made likely. */
public final class RandomInstances {

    private RandomInstances() {
    }

    public static Instance approval(Random random) {
        int projectCount = 1 + random.nextInt(9);
        List<Project> projects = new ArrayList<>();
        for (int p = 0; p < projectCount; p++) {
            // few distinct costs so that ties happen; sometimes free
            long cost = random.nextInt(12) == 0 ? 0 : 10L * (1 + random.nextInt(random.nextBoolean() ? 4 : 30));
            projects.add(Project.of(String.valueOf(random.nextInt(3) == 0 ? p + 8 : p), cost));
        }
        Map<String, Project> byId = new LinkedHashMap<>();
        projects.forEach(project -> byId.putIfAbsent(project.id().value(), project));
        List<Project> distinct = new ArrayList<>(byId.values());
        int voterCount = random.nextInt(25);
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < voterCount; v++) {
            List<ProjectId> approved = new ArrayList<>();
            for (Project project : distinct) {
                if (random.nextInt(3) == 0) {
                    approved.add(project.id());
                }
            }
            ballots.add(Ballot.approving("v" + v, approved));
        }
        long budgetUnits = random.nextInt(400);
        Rational budget = random.nextInt(4) == 0 ? Rational.of(budgetUnits * 10 + random.nextInt(10), 10)
                : Rational.of(budgetUnits);
        return Instance.of(budget, VoteType.APPROVAL, distinct, ballots, Map.of());
    }
}
