package fr.budgetcitoyen.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Tiny hand-made instances: {@code ballots("1,2", "", "2")} gives three voters, one empty. */
public final class TestInstances {

    private TestInstances() {
    }

    public static List<Ballot> ballots(String... votes) {
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < votes.length; v++) {
            List<ProjectId> ids = Arrays.stream(votes[v].split(",")).filter(id -> !id.isBlank())
                    .map(ProjectId::of).collect(Collectors.toList());
            ballots.add(Ballot.approving("v" + v, ids));
        }
        return ballots;
    }

    public static Instance approvals(long budget, List<Project> projects, String... votes) {
        return Instance.ofApprovals(Rational.of(budget), projects, ballots(votes));
    }

    public static Instance withMeta(Instance instance, Map<String, String> meta) {
        return Instance.of(instance.budget(), instance.voteType(), instance.projects(), instance.ballots(), meta);
    }

    public static String ids(Outcome outcome) {
        return outcome.selectedIds().stream().map(ProjectId::value).collect(Collectors.joining(","));
    }
}
