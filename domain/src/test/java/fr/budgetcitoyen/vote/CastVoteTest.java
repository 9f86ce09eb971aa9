package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.shared.Ids;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.demo.DemoEditions;
import fr.budgetcitoyen.project.Carrier;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.territory.Territory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.budgetcitoyen.vote.VoterEligibilityTest.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CastVoteTest {

    private final Campaign campaign = Ids.assign(DemoEditions.currentEdition(TODAY, PhaseType.VOTE), 7);
    private final Category first = Ids.assign(campaign.categories().get(0), 70);
    private final Category second = Ids.assign(campaign.categories().get(1), 71);
    private final Account voter = Ids.assign(VoterEligibilityTest.resident(LocalDate.of(2010, 1, 1), "62041"), 42);

    private Project validated(Category category) {
        Project project = new Project(category, "Repair café", null, new Carrier("Les Bricoleurs", LegalForm.ASSOCIATION),
                new Territory("Arrageois"), Money.euros(50_000), Money.euros(5_000));
        project.label();
        project.validateForBallot();
        return Ids.assign(project, 700);
    }

    @Test
    void theParticipationSaysWhoAndNothingOfWhat() {
        CastVote vote = CastVote.of(Voter.of(voter), "ARRAGEOIS", first, validated(first), TODAY, null);
        assertEquals(42L, vote.participation().voterId());
        assertEquals(AgeBand.FROM_11_TO_17, vote.participation().ageBand());
        assertEquals(700L, vote.project().id());
        assertTrue(java.util.Arrays.stream(Participation.class.getDeclaredFields()).noneMatch(f -> f.getName().contains("project")));
        assertTrue(!vote.participation().isAssisted());
    }

    @Test
    void onlyAValidatedProjectOfThatCategoryCanBeChosen() {
        VoteRefusedException wrongCategory = assertThrows(VoteRefusedException.class,
                () -> CastVote.of(Voter.of(voter), "ARRAGEOIS", second, validated(first), TODAY, null));
        assertEquals(VoteRefusedException.Kind.INVALID_CHOICE, wrongCategory.kind());
        assertEquals("vote.refused.WRONG_CATEGORY", wrongCategory.messageKeys().get(0));

        Project onlyLabelled = new Project(first, "Pas encore validé", null, new Carrier("X", LegalForm.SCOP),
                new Territory("Arrageois"), Money.euros(10_000), Money.euros(1_000));
        onlyLabelled.label();
        assertThrows(VoteRefusedException.class, () -> CastVote.of(Voter.of(voter), "ARRAGEOIS", first, onlyLabelled, TODAY, null));
        assertThrows(VoteRefusedException.class, () -> CastVote.of(Voter.of(voter), "ARRAGEOIS", first, null, TODAY, null));
    }

    @Test
    void anIneligibleVoterIsRefusedWithEveryReason() {
        voter.flag();
        VoteRefusedException refused = assertThrows(VoteRefusedException.class,
                () -> CastVote.of(Voter.of(voter), "ARRAGEOIS", first, validated(first), TODAY, null));
        assertEquals(VoteRefusedException.Kind.NOT_ELIGIBLE, refused.kind());
        assertEquals(java.util.List.of("vote.refused.ACCOUNT_FLAGGED"), refused.messageKeys());
    }

    @Test
    void anAssistedVoteIsRecordedOnTheParticipationOnly() {
        Account host = Ids.assign(VoterEligibilityTest.resident(LocalDate.of(1970, 1, 1), "62041"), 9);
        CastVote vote = CastVote.of(Voter.of(voter), "ARRAGEOIS", first, validated(first), TODAY, host.id());
        assertTrue(vote.participation().isAssisted());
        assertTrue(java.util.Arrays.stream(UrnBallot.class.getDeclaredFields()).noneMatch(f -> f.getName().contains("assist")),
                "the ballot has no field for it");
    }
}
