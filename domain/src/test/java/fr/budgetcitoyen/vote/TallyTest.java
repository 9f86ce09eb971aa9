package fr.budgetcitoyen.vote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TallyTest {

    private final Receipt mine = Receipt.issue();
    private final List<Ballot> published = List.of(
            new Ballot(1L, 10L, 100L, Receipt.issue().hash()),
            new Ballot(1L, 10L, 101L, mine.hash()),
            new Ballot(1L, 10L, 101L, Receipt.issue().hash()),
            new Ballot(1L, 20L, 200L, Receipt.issue().hash()));

    @Test
    void anyoneRecountsTheProjectsOfEachCategoryFromThePublishedBallots() {
        Tally tally = Tally.of(published);
        assertEquals(4, tally.ballots());
        assertEquals(List.of(new Tally.Line(10, 101, 2), new Tally.Line(10, 100, 1)), tally.of(10));
        assertEquals(List.of(new Tally.Line(20, 200, 1)), tally.of(20));
    }

    @Test
    void aVoterFindsTheirBallotWithTheReceiptTypedAnyHow() {
        String typed = " " + mine.code().toLowerCase().replace("-", " ") + " ";
        assertEquals(101L, Tally.find(published, typed).orElseThrow().projectId());
        assertTrue(Tally.find(published, Receipt.issue().code()).isEmpty());
        assertTrue(Tally.find(published, " - ").isEmpty());
    }
}
