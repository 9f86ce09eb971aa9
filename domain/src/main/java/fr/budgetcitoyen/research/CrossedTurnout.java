package fr.budgetcitoyen.research;

import fr.budgetcitoyen.vote.Turnout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An edition's voters by territory × age band, as researchers may get them. A cell under the minimum group is
 * hidden by the turnout page's own rule ({@link Turnout.Line#maskedBelow}); then, because the turnout page
 * publishes each territory's and each age band's total, a row or column left with a single hidden cell would
 * give it away by subtraction: the smallest visible cell beside it is hidden too (secondary suppression), until
 * no row or column has exactly one.
 */
public final class CrossedTurnout {

    /** Voters of one territory and age band; {@code voters} null when suppressed. */
    public record Cell(String territory, String ageBand, Long voters) {

        public boolean isSuppressed() {
            return voters == null;
        }

        Cell hidden() {
            return new Cell(territory, ageBand, null);
        }
    }

    private CrossedTurnout() {
    }

    /** The cells as they may leave the platform, in the order given. */
    public static List<Cell> publishable(List<Cell> counted, int minimumGroup) {
        Set<Cell> hidden = counted.stream()
                .filter(c -> new Turnout.Line(c.territory() + "/" + c.ageBand(), c.voters()).maskedBelow(minimumGroup).isHidden())
                .collect(Collectors.toCollection(HashSet::new));
        boolean changed;
        do {
            changed = protect(counted, hidden, Cell::territory) | protect(counted, hidden, Cell::ageBand);
        } while (changed);
        List<Cell> published = new ArrayList<>();
        counted.forEach(c -> published.add(hidden.contains(c) ? c.hidden() : c));
        return published;
    }

    /** Hides one more cell in each group (row or column) that has exactly one hidden; says whether it did. */
    private static boolean protect(List<Cell> cells, Set<Cell> hidden, Function<Cell, String> group) {
        boolean changed = false;
        Map<String, List<Cell>> groups = cells.stream().collect(Collectors.groupingBy(group));
        for (List<Cell> line : groups.values()) {
            if (line.stream().filter(hidden::contains).count() == 1) {
                changed |= line.stream().filter(c -> !hidden.contains(c))
                        .min(Comparator.comparing(Cell::voters).thenComparing(Cell::territory).thenComparing(Cell::ageBand))
                        .map(hidden::add).orElse(false);
            }
        }
        return changed;
    }
}
