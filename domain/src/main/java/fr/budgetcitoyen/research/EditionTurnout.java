package fr.budgetcitoyen.research;

import java.util.List;

/** One edition's crossed turnout, its small groups already suppressed ({@link CrossedTurnout}). */
public record EditionTurnout(int edition, List<CrossedTurnout.Cell> cells) {

    public EditionTurnout {
        cells = List.copyOf(cells);
    }
}
