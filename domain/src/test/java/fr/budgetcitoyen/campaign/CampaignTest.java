package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.demo.DemoEditions;
import fr.budgetcitoyen.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CampaignTest {

    private final Campaign campaign2018 = DemoEditions.edition2018();

    @Test
    void reschedulingMovesThePhaseInsteadOfAddingOne() {
        campaign2018.schedule(PhaseType.VOTE, LocalDate.of(2018, 9, 10), LocalDate.of(2018, 9, 20));
        assertEquals(PhaseType.values().length, campaign2018.calendar().phases().size());
        assertFalse(campaign2018.calendar().isOpen(PhaseType.VOTE, LocalDate.of(2018, 9, 5)));
    }

    @Test
    void anOpenStepOfADraftIsStillClosedToThePublic() {
        Campaign draft = new Campaign(2027, "Budget citoyen 2027", Money.euros(400_000));
        draft.schedule(PhaseType.IDEAS, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));
        assertTrue(draft.calendar().isOpen(PhaseType.IDEAS, LocalDate.of(2027, 3, 15)), "by its dates alone");
        assertThrows(PhaseClosedException.class, () -> draft.requireOpen(PhaseType.IDEAS, LocalDate.of(2027, 3, 15)));
        campaign2018.requireOpen(PhaseType.VOTE, LocalDate.of(2018, 9, 5));
        assertThrows(PhaseClosedException.class, () -> campaign2018.requireOpen(PhaseType.VOTE, LocalDate.of(2018, 10, 1)));
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
