package fr.budgetcitoyen.demo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoBallotsTest {

    /** Projects 1 and 2 in category 10, project 3 in category 20. */
    private static final Map<Long, Long> CATEGORY_OF_PROJECT = Map.of(1L, 10L, 2L, 10L, 3L, 20L);
    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 9, 5);

    private DemoBallots.Seed seed(long seed) {
        return DemoBallots.seeded(7, CATEGORY_OF_PROJECT, List.of(100L, 101L, 102L), List.of("ARRAGEOIS", "LENSOIS"),
                FIRST_DAY, seed);
    }

    @Test
    void eachVoterVotesOnceInEachCategoryForOneOfItsProjects() {
        DemoBallots.Seed votes = seed(2018);
        assertEquals(6, votes.participations().size());
        assertEquals(Set.of(100L, 101L, 102L), votes.participations().stream().map(DemoBallots.Participation::voterId).collect(Collectors.toSet()));
        assertEquals(3, votes.participations().stream().filter(p -> p.categoryId() == 20L).count());
        for (DemoBallots.Ballot ballot : votes.ballots()) {
            assertEquals(CATEGORY_OF_PROJECT.get(ballot.projectId()), ballot.categoryId());
            assertEquals(7, ballot.campaignId());
        }
        assertTrue(votes.participations().stream().allMatch(p -> !p.votedOn().isBefore(FIRST_DAY) && !p.votedOn().isAfter(FIRST_DAY.plusDays(25))));
        assertEquals(6, votes.ballots().stream().map(DemoBallots.Ballot::receiptHash).distinct().count(), "one receipt each");
    }

    @Test
    void theSameSeedGivesTheSameCounts() {
        assertEquals(counts(seed(2021)), counts(seed(2021)));
    }

    private static Map<Long, Long> counts(DemoBallots.Seed seed) {
        return seed.ballots().stream().collect(Collectors.groupingBy(DemoBallots.Ballot::projectId, Collectors.counting()));
    }
}
