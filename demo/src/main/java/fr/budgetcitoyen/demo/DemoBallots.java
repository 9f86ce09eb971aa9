package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.vote.AgeBand;
import fr.budgetcitoyen.vote.Receipt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Synthetic votes for the demo's closed edition, so its turnout, allocation, results and published
 * ballots can be tried: each synthetic voter votes once in each category. The same seed always gives
 * the same counts. Never used outside the demo data.
 */
final class DemoBallots {

    /** What the demo stores: the participations (who) and, apart, the ballots (what), as the tables' rows. */
    record Seed(List<Participation> participations, List<Ballot> ballots) {
    }

    /** A row of vote_participation. */
    record Participation(long campaignId, long categoryId, long voterId, LocalDate votedOn, String territoryCode,
                         AgeBand ageBand) {
    }

    /** A row of vote_ballot: its random key, no voter, no time. */
    record Ballot(String id, long campaignId, long categoryId, long projectId, String receiptHash) {
    }

    private DemoBallots() {
    }

    /**
     * @param categoryOfProject each project on the ballot and its category id
     * @param voterIds          the synthetic voters' account ids
     * @param territories       territory codes the voters are drawn from
     * @param firstDay          the vote's first day; votes spread over the following 25 days
     */
    static Seed seeded(long campaignId, Map<Long, Long> categoryOfProject, List<Long> voterIds,
                              List<String> territories, LocalDate firstDay, long seed) {
        Random random = new Random(seed);
        Map<Long, List<Long>> byCategory = new TreeMap<>();
        categoryOfProject.forEach((project, category) -> byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(project));
        Map<Long, int[]> weights = new TreeMap<>();
        byCategory.forEach((category, projects) -> weights.put(category, projects.stream().sorted()
                .mapToInt(p -> 1 + random.nextInt(10)).toArray()));
        List<Participation> participations = new ArrayList<>();
        List<Ballot> ballots = new ArrayList<>();
        for (Long voter : voterIds) {
            String territory = territories.get(random.nextInt(territories.size()));
            AgeBand band = AgeBand.values()[random.nextInt(AgeBand.values().length)];
            LocalDate day = firstDay.plusDays(random.nextInt(26));
            for (Map.Entry<Long, List<Long>> category : byCategory.entrySet()) {
                List<Long> projects = category.getValue().stream().sorted().toList();
                int[] w = weights.get(category.getKey());
                int draw = random.nextInt(Arrays.stream(w).sum());
                int chosen = 0;
                while (draw >= w[chosen]) {
                    draw -= w[chosen++];
                }
                participations.add(new Participation(campaignId, category.getKey(), voter, day, territory, band));
                ballots.add(new Ballot(UUID.randomUUID().toString(), campaignId, category.getKey(), projects.get(chosen),
                        Receipt.issue().hash()));
            }
        }
        return new Seed(participations, ballots);
    }
}
