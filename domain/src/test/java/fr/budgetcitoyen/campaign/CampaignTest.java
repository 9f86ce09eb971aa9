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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CampaignTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final Campaign campaign2018 = DemoEditions.edition2018();

    @Test
    void theVoteOf2018IsOpenFromTheFifthToTheThirtiethOfSeptemberInclusive() {
        assertFalse(campaign2018.isOpen(PhaseType.VOTE, LocalDate.of(2018, 9, 4)));
        assertTrue(campaign2018.isOpen(PhaseType.VOTE, LocalDate.of(2018, 9, 5)));
        assertTrue(campaign2018.isOpen(PhaseType.VOTE, LocalDate.of(2018, 9, 30)));
        assertFalse(campaign2018.isOpen(PhaseType.VOTE, LocalDate.of(2018, 10, 1)));
    }

    @Test
    void whenPhasesOverlapTheMostAdvancedIsCurrent() {
        LocalDate may20 = LocalDate.of(2018, 5, 20);
        List<PhaseType> open = campaign2018.phasesOpenOn(may20).stream().map(Phase::type).toList();
        assertEquals(List.of(PhaseType.COMPTOIRS, PhaseType.PROJECT_FILES, PhaseType.LABELLING_COMMITTEE), open);
        assertEquals(PhaseType.LABELLING_COMMITTEE, campaign2018.currentPhase(may20).orElseThrow().type());
    }

    @Test
    void theCurrentPhaseFollowsTheInjectedClock() {
        Clock september10 = Clock.fixed(LocalDate.of(2018, 9, 10).atStartOfDay(PARIS).toInstant(), PARIS);
        assertEquals(PhaseType.VOTE, campaign2018.currentPhase(september10).orElseThrow().type());
    }

    @Test
    void betweenTwoPhasesThereIsNoCurrentPhaseButANextOne() {
        LocalDate august = LocalDate.of(2018, 8, 15);
        assertTrue(campaign2018.currentPhase(august).isEmpty());
        assertEquals(PhaseType.VOTE, campaign2018.nextPhase(august).orElseThrow().type());
        assertEquals(CampaignProgress.RUNNING, campaign2018.progressOn(august));
    }

    @Test
    void progressIsDerivedFromTheCalendar() {
        assertEquals(CampaignProgress.NOT_STARTED, campaign2018.progressOn(LocalDate.of(2018, 2, 28)));
        assertEquals(CampaignProgress.RUNNING, campaign2018.progressOn(LocalDate.of(2018, 3, 1)));
        assertEquals(CampaignProgress.COMPLETED, campaign2018.progressOn(LocalDate.of(2019, 1, 1)));
    }

    @Test
    void theCalendarIsChronological() {
        List<Phase> calendar = campaign2018.calendar();
        assertEquals(PhaseType.values().length, calendar.size());
        for (int i = 1; i < calendar.size(); i++) {
            assertFalse(calendar.get(i).startDate().isBefore(calendar.get(i - 1).startDate()));
        }
    }

    @Test
    void reschedulingMovesThePhaseInsteadOfAddingOne() {
        campaign2018.schedule(PhaseType.VOTE, LocalDate.of(2018, 9, 10), LocalDate.of(2018, 9, 20));
        assertEquals(PhaseType.values().length, campaign2018.calendar().size());
        assertFalse(campaign2018.isOpen(PhaseType.VOTE, LocalDate.of(2018, 9, 5)));
    }

    @Test
    void guardsItsInvariants() {
        Campaign draft = new Campaign(2027, "Budget citoyen 2027", Money.euros(400_000));
        assertThrows(IllegalArgumentException.class,
                () -> draft.schedule(PhaseType.VOTE, LocalDate.of(2027, 9, 30), LocalDate.of(2027, 9, 5)));
        assertThrows(IllegalStateException.class, draft::publish);
        assertThrows(IllegalArgumentException.class, () -> new Campaign(2017, "Trop tôt", Money.euros(1)));
        assertThrows(IllegalArgumentException.class, () -> new Campaign(2027, " ", Money.euros(1)));
        assertThrows(IllegalArgumentException.class, () -> new Campaign(2027, "Vide", Money.ZERO));
        assertThrows(IllegalArgumentException.class, () -> campaign2018.addCategory("cooperation", "Doublon",
                null, SupportRule.of(20, 20_000)));
        assertEquals(CampaignStatus.DRAFT, draft.status());
    }

    @Test
    void theHighestCeilingIsTheMostAProjectCanReceive() {
        assertEquals(Money.euros(20_000), campaign2018.highestCeiling().orElseThrow());
        assertEquals(3, campaign2018.categories().size());
    }
}
