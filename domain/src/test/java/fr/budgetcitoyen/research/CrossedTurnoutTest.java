package fr.budgetcitoyen.research;

import fr.budgetcitoyen.research.CrossedTurnout.Cell;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossedTurnoutTest {

    private static Cell cell(String territory, String band, long voters) {
        return new Cell(territory, band, voters);
    }

    private static Map<String, Long> byKey(List<Cell> cells) {
        return cells.stream().filter(c -> !c.isSuppressed()).collect(Collectors.toMap(c -> c.territory() + "/" + c.ageBand(), Cell::voters));
    }

    @Test
    void groupsUnderTheTurnoutPagesThresholdAreHiddenAndTheOthersKept() {
        List<Cell> published = CrossedTurnout.publishable(List.of(cell("A", "Y", 5), cell("A", "O", 12),
                cell("B", "Y", 40), cell("B", "O", 30)), 5);
        assertEquals(Map.of("A/Y", 5L, "A/O", 12L, "B/Y", 40L, "B/O", 30L), byKey(published), "5 is not under 5");
        List<Cell> small = CrossedTurnout.publishable(List.of(cell("A", "Y", 4), cell("A", "O", 3)), 5);
        assertTrue(small.stream().allMatch(Cell::isSuppressed));
    }

    /** Territory A's total (4 + 20) is on the public turnout page: 20 shown would give the 4 away. */
    @Test
    void aLoneHiddenCellInARowOrColumnHidesItsSmallestNeighbourToo() {
        List<Cell> counted = List.of(cell("A", "Y", 4), cell("A", "O", 20), cell("A", "M", 30),
                cell("B", "Y", 50), cell("B", "O", 60), cell("B", "M", 70));
        List<Cell> published = CrossedTurnout.publishable(counted, 5);
        assertTrue(published.get(0).isSuppressed(), "primary");
        assertTrue(published.get(1).isSuppressed(), "the smallest of row A");
        assertTrue(published.get(3).isSuppressed(), "column Y had only the 4 hidden: its smallest other cell");
        for (String territory : List.of("A", "B")) {
            assertNotEquals(1L, published.stream().filter(c -> c.territory().equals(territory) && c.isSuppressed()).count(), territory);
        }
        for (String band : List.of("Y", "O", "M")) {
            assertNotEquals(1L, published.stream().filter(c -> c.ageBand().equals(band) && c.isSuppressed()).count(), band);
        }
        assertFalse(published.get(5).isSuppressed(), "the rest stays");
    }

    @Test
    void theOrderAndKeysOfTheCellsAreKept() {
        List<Cell> counted = List.of(cell("B", "O", 9), cell("A", "Y", 7));
        assertEquals(counted, CrossedTurnout.publishable(counted, 5));
    }
}
