package fr.budgetcitoyen.survey;

import fr.budgetcitoyen.allocation.plan.AllocationPlan;
import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.allocation.plan.Candidate;
import fr.budgetcitoyen.allocation.plan.DepartmentAllocation;
import fr.budgetcitoyen.followup.FundedProject;
import fr.budgetcitoyen.followup.StatusReport;
import fr.budgetcitoyen.shared.Ids;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SurveyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Set<Integer> FUNDED = Set.of(2018, 2021);

    private static FundedProject funded() {
        var allocation = DepartmentAllocation.allocate(AllocationPlan.DEFAULT, List.of(new Candidate(1, "A", "arrageois", 1_500_000, 120)),
                Map.of("A", 2_600_000L, "*", 2_600_000L));
        AllocationRun run = AllocationRun.record(7, allocation, "hash", "agent@example.org", NOW);
        run.validate(LocalDate.of(2018, 12, 17), "CP");
        return Ids.assign(FundedProject.of(run).get(0), 101);
    }

    private static Survey survey(Set<Question> questions, List<String> free) {
        Survey survey = Survey.open(new Survey.Draft(" Étude d'impact ", Set.of(2018, 2021), questions, free, TODAY.plusMonths(1)),
                FUNDED, TODAY, "agent@example.org", NOW);
        return Ids.assign(survey, 5);
    }

    @Test
    void aDraftIsRefusedFieldByField() {
        InvalidFieldsException invalid = assertThrows(InvalidFieldsException.class, () ->
                new Survey.Draft(" ", Set.of(2030), Set.of(), List.of(" "), TODAY).check(FUNDED, TODAY));
        assertEquals(List.of("title", "editions", "questions", "closesOn"),
                invalid.problems().stream().map(InvalidFieldsException.Problem::field).toList());
        assertThrows(InvalidFieldsException.class, () -> new Survey.Draft("T", Set.of(2018), Set.of(Question.ACTIVE), List.of(),
                TODAY.plusMonths(7)).check(FUNDED, TODAY), "open half a year at most");
    }

    @Test
    void anOpenedSurveyKeepsItsEditionsQuestionsAndFreeQuestions() {
        Survey survey = survey(Set.of(Question.VOLUNTEERS, Question.ACTIVE), List.of("Un conseil ?", ""));
        assertEquals("Étude d'impact", survey.title());
        assertEquals(List.of(2018, 2021), List.copyOf(survey.editions()));
        assertEquals(Set.of(Question.ACTIVE, Question.VOLUNTEERS), survey.questions());
        assertEquals(List.of("Un conseil ?"), survey.freeQuestions());
        assertTrue(survey.isOpen(TODAY.plusMonths(1)));
        assertFalse(survey.isOpen(TODAY.plusMonths(1).plusDays(1)));
    }

    @Test
    void aCarrierAnswersOnceEveryAskedQuestionWhileTheSurveyIsOpen() {
        Survey survey = survey(Set.of(Question.ACTIVE, Question.VOLUNTEERS), List.of("Un conseil ?"));
        SurveyInvitation.Issued issued = SurveyInvitation.send(survey, funded(), 2018, "porteur@example.org", NOW);
        assertEquals(43, issued.token().length());
        SurveyInvitation invitation = issued.invitation();
        InvalidFieldsException missing = assertThrows(InvalidFieldsException.class,
                () -> invitation.answer(survey, new Answer(null, null, Trend.MORE, null), List.of(), NOW, TODAY));
        assertEquals(List.of("active", "volunteers"), missing.problems().stream().map(InvalidFieldsException.Problem::field).toList());
        assertFalse(invitation.answered(), "nothing kept from a refused answer");

        invitation.answer(survey, new Answer(true, Trend.MORE, Trend.FEWER, Reach.FULLY), List.of(" Persévérer "), NOW, TODAY);
        assertEquals(new Observation(true, Trend.MORE, null, null), invitation.answer().orElseThrow().observation(),
                "questions not asked are not kept");
        assertEquals(List.of("Persévérer"), invitation.freeAnswers());
        assertEquals(SurveyInvitation.State.ANSWERED, invitation.state(survey, TODAY));
        assertThrows(IllegalStateException.class,
                () -> invitation.answer(survey, new Answer(false, Trend.SAME, null, null), List.of(), NOW, TODAY));
        assertThrows(IllegalStateException.class, () -> invitation.remind(survey, TODAY));
    }

    @Test
    void aReminderGivesANewLinkAndAClosedSurveyTakesNoAnswer() {
        Survey survey = survey(Set.of(Question.ACTIVE), List.of());
        SurveyInvitation.Issued issued = SurveyInvitation.send(survey, funded(), 2018, "porteur@example.org", NOW);
        SurveyInvitation.Issued again = issued.invitation().remind(survey, TODAY);
        assertFalse(again.token().equals(issued.token()));
        assertEquals(1, issued.invitation().reminders());
        LocalDate closed = survey.closesOn().plusDays(1);
        assertEquals(SurveyInvitation.State.CLOSED, issued.invitation().state(survey, closed));
        assertThrows(IllegalStateException.class,
                () -> issued.invitation().answer(survey, new Answer(true, null, null, null), List.of(), NOW, closed));
    }

    @Test
    void yearlyReportsGiveTheActivityAndTheTrendSinceThePreviousReport() {
        FundedProject grant = funded();
        StatusReport y2024 = StatusReport.file(grant, 2024, new StatusReport.Status(true, 5, 2, "Ouvert."), "p", NOW);
        StatusReport y2025 = StatusReport.file(grant, 2025, new StatusReport.Status(true, 9, 2, "Agrandi."), "p", NOW);
        assertEquals(Optional.of(new Observation(true, Trend.MORE, Trend.SAME, null)), Observation.ofReports(List.of(y2025, y2024)));
        assertEquals(Optional.of(new Observation(true, null, null, null)), Observation.ofReports(List.of(y2024)), "one report, no trend");
        assertEquals(Optional.empty(), Observation.ofReports(List.of()));
        assertEquals(List.of(new ResponseRate(2018, 1, 0), new ResponseRate(null, 1, 0)),
                ResponseRate.of(List.of(SurveyInvitation.send(survey(Set.of(Question.ACTIVE), List.of()), grant, 2018, "p@x.org", NOW).invitation())));
    }
}
