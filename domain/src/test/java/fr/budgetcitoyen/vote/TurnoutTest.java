package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TurnoutTest {

    private final Turnout raw = new Turnout(130, 300, 4,
            List.of(new Turnout.Line("2026-09-05", 120L), new Turnout.Line("2026-09-06", 10L)),
            List.of(new Turnout.Line("arrageois", 127L), new Turnout.Line("calaisis", 3L)),
            List.of(new Turnout.Line("FROM_11_TO_17", 2L), new Turnout.Line("FROM_30_TO_44", 128L)));

    @Test
    void smallGroupsAreHiddenSoNobodyIsSingledOut() {
        Turnout shown = raw.as(new TurnoutSettings(true, true, true, 5));
        assertTrue(shown.byTerritory().get(1).isHidden(), "3 voters in a territory: fewer than 5");
        assertEquals(127L, shown.byTerritory().get(0).voters());
        assertTrue(shown.byAgeBand().get(0).isHidden());
        assertEquals(10L, shown.byDay().get(1).voters());
        assertEquals(127, Turnout.max(shown.byTerritory()));
        assertEquals(130, shown.voters(), "the totals stay");
    }

    @Test
    void anAdministratorChoosesTheBreakdownsAndTheThreshold() {
        Turnout shown = raw.as(new TurnoutSettings(true, false, false, 20));
        assertTrue(shown.byTerritory().isEmpty() && shown.byAgeBand().isEmpty());
        assertTrue(shown.byDay().get(1).isHidden(), "10 < 20");
        assertThrows(InvalidFieldsException.class, () -> new TurnoutSettings(true, true, true, 0));
    }
}
