package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.demo.DemoEditions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BallotPublicationTest {

    @Test
    void ballotsArePublishedOnlyOnceTheVoteIsOver() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        Campaign campaign = DemoEditions.currentEdition(today, PhaseType.VOTE);
        LocalDate closing = campaign.calendar().phase(PhaseType.VOTE).orElseThrow().endDate();
        assertFalse(BallotPublication.isPublished(campaign, today));
        assertFalse(BallotPublication.isPublished(campaign, closing));
        assertTrue(BallotPublication.isPublished(campaign, closing.plusDays(1)));
    }
}
