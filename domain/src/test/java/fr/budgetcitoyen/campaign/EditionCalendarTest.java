package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.demo.DemoEditions;
import fr.budgetcitoyen.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditionCalendarTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final EditionCalendar calendar2018 = DemoEditions.edition2018().calendar();

    @Test
    void theVoteOf2018IsOpenFromTheFifthToTheThirtiethOfSeptemberInclusive() {
        assertFalse(calendar2018.isOpen(PhaseType.VOTE, LocalDate.of(2018, 9, 4)));
        assertTrue(calendar2018.isOpen(PhaseType.VOTE, LocalDate.of(2018, 9, 5)));
        assertTrue(calendar2018.isOpen(PhaseType.VOTE, LocalDate.of(2018, 9, 30)));
        assertFalse(calendar2018.isOpen(PhaseType.VOTE, LocalDate.of(2018, 10, 1)));
    }

    @Test
    void whenPhasesOverlapTheMostAdvancedIsCurrent() {
        LocalDate may20 = LocalDate.of(2018, 5, 20);
        List<PhaseType> open = calendar2018.phasesOpenOn(may20).stream().map(Phase::type).toList();
        assertEquals(List.of(PhaseType.COMPTOIRS, PhaseType.PROJECT_FILES, PhaseType.LABELLING_COMMITTEE), open);
        assertEquals(PhaseType.LABELLING_COMMITTEE, calendar2018.currentPhase(may20).orElseThrow().type());
    }

    @Test
    void theCurrentPhaseFollowsTheInjectedClock() {
        Clock september10 = Clock.fixed(LocalDate.of(2018, 9, 10).atStartOfDay(PARIS).toInstant(), PARIS);
        assertEquals(PhaseType.VOTE, calendar2018.currentPhase(september10).orElseThrow().type());
    }

    @Test
    void betweenTwoPhasesThereIsNoCurrentPhaseButANextOne() {
        LocalDate august = LocalDate.of(2018, 8, 15);
        assertTrue(calendar2018.currentPhase(august).isEmpty());
        assertEquals(PhaseType.VOTE, calendar2018.nextPhase(august).orElseThrow().type());
        assertEquals(CampaignProgress.RUNNING, calendar2018.progressOn(august));
    }

    @Test
    void progressIsDerivedFromTheCalendar() {
        assertEquals(CampaignProgress.NOT_STARTED, calendar2018.progressOn(LocalDate.of(2018, 2, 28)));
        assertEquals(CampaignProgress.RUNNING, calendar2018.progressOn(LocalDate.of(2018, 3, 1)));
        assertEquals(CampaignProgress.COMPLETED, calendar2018.progressOn(LocalDate.of(2019, 1, 1)));
    }

    @Test
    void anEditionWithoutDatesHasNotStarted() {
        EditionCalendar empty = new Campaign(2027, "Budget citoyen 2027", Money.euros(400_000)).calendar();
        assertEquals(CampaignProgress.NOT_STARTED, empty.progressOn(LocalDate.of(2027, 6, 1)));
        assertTrue(empty.nextPhase(LocalDate.of(2027, 6, 1)).isEmpty());
        assertTrue(empty.startDate().isEmpty());
    }

    @Test
    void theCalendarIsChronological() {
        List<Phase> phases = calendar2018.phases();
        assertEquals(PhaseType.values().length, phases.size());
        for (int i = 1; i < phases.size(); i++) {
            assertFalse(phases.get(i).startDate().isBefore(phases.get(i - 1).startDate()));
        }
        assertEquals(phases.get(0).startDate(), calendar2018.startDate().orElseThrow());
        assertEquals(phases.stream().map(Phase::type).toList(), calendar2018.dates().stream().map(PhaseDates::type).toList());
    }
}
