package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.demo.DemoEditions;
import fr.budgetcitoyen.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarRulesTest {

    private final Campaign campaign2018 = DemoEditions.edition2018();

    @Test
    void theCalendarOf2018IsCoherent() {
        assertEquals(List.of(), campaign2018.calendar().problems());
    }

    @Test
    void theVoteCannotOverlapTheCommitteeOrTheResults() {
        campaign2018.schedule(PhaseType.VOTE, LocalDate.of(2018, 7, 1), LocalDate.of(2018, 10, 5));
        List<String> problems = campaign2018.calendar().problems();
        assertTrue(problems.contains("calendar.voteBefore.LABELLING_COMMITTEE"), problems.toString());
        assertTrue(problems.contains("calendar.voteBefore.COMMISSION_REVIEW"), problems.toString());
        assertTrue(problems.contains("calendar.voteAfter.RESULTS"), problems.toString());
    }

    @Test
    void stepsStartInTheOrderOfTheProcess() {
        campaign2018.schedule(PhaseType.PROJECT_FILES, LocalDate.of(2018, 2, 1), LocalDate.of(2018, 6, 22));
        assertTrue(campaign2018.calendar().problems().contains("calendar.order.PROJECT_FILES"));
    }

    @Test
    void theCommitteeSeesEveryFile() {
        campaign2018.schedule(PhaseType.PROJECT_FILES, LocalDate.of(2018, 4, 3), LocalDate.of(2018, 7, 31));
        assertTrue(campaign2018.calendar().problems().contains("calendar.filesAfterCommittee"));
    }

    @Test
    void anIncoherentCampaignIsNotPublished() {
        Campaign draft = new Campaign(2027, "Budget citoyen 2027", Money.euros(400_000));
        draft.addCategory("COOPERATION", "Coopération", null, SupportRule.of(20, 20_000));
        draft.schedule(PhaseType.VOTE, LocalDate.of(2027, 9, 5), LocalDate.of(2027, 9, 30));
        IllegalStateException refused = assertThrows(IllegalStateException.class, draft::publish);
        assertTrue(refused.getMessage().contains("calendar.missing.IDEAS"), refused.getMessage());
        assertEquals(CampaignStatus.DRAFT, draft.status());
    }
}
