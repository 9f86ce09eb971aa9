package fr.budgetcitoyen.vote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic ballots for the demo's closed edition, so its results, allocation and published ballots can
 * be tried: the same seed always gives the same counts. Never used outside the demo data.
 */
public final class DemoBallots {

    private DemoBallots() {
    }

    /**
     * @param categoryOfProject each project on the ballot and its category id
     * @param perCategory       how many ballots each category receives
     */
    public static List<Ballot> seeded(long campaignId, Map<Long, Long> categoryOfProject, int perCategory, long seed) {
        Random random = new Random(seed);
        List<Ballot> ballots = new ArrayList<>();
        Map<Long, List<Long>> byCategory = new java.util.TreeMap<>();
        categoryOfProject.forEach((project, category) -> byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(project));
        for (Map.Entry<Long, List<Long>> category : byCategory.entrySet()) {
            List<Long> projects = category.getValue().stream().sorted().toList();
            int[] weights = projects.stream().mapToInt(p -> 1 + random.nextInt(10)).toArray();
            int total = java.util.Arrays.stream(weights).sum();
            for (int i = 0; i < perCategory; i++) {
                int draw = random.nextInt(total);
                int chosen = 0;
                while (draw >= weights[chosen]) {
                    draw -= weights[chosen++];
                }
                ballots.add(new Ballot(campaignId, category.getKey(), projects.get(chosen), Receipt.issue().hash()));
            }
        }
        return ballots;
    }
}
