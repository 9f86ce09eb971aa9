package fr.budgetcitoyen.vote;

import java.util.List;

/**
 * How many residents voted, overall and broken down by day, territory and age band — never what they
 * voted. Counts under the minimum group size are hidden (null), so a small territory or age band on a
 * given day cannot single out anyone.
 */
public record Turnout(long voters, long votesCast, long assistedVotes, List<Line> byDay, List<Line> byTerritory,
                      List<Line> byAgeBand) {

    /** One line of a breakdown: the day, territory code or age band, and its number of voters (null if hidden). */
    public record Line(String key, Long voters) {

        public boolean isHidden() {
            return voters == null;
        }

        /** The line as published: its count hidden when under the minimum group size. */
        public Line maskedBelow(int minimumGroup) {
            return voters != null && voters < minimumGroup ? new Line(key, null) : this;
        }
    }

    public Turnout {
        byDay = List.copyOf(byDay);
        byTerritory = List.copyOf(byTerritory);
        byAgeBand = List.copyOf(byAgeBand);
    }

    /** The same figures as the settings allow agents to see them. */
    public Turnout as(TurnoutSettings settings) {
        return new Turnout(voters, votesCast, assistedVotes,
                settings.byDay() ? masked(byDay, settings.minimumGroup()) : List.of(),
                settings.byTerritory() ? masked(byTerritory, settings.minimumGroup()) : List.of(),
                settings.byAgeBand() ? masked(byAgeBand, settings.minimumGroup()) : List.of());
    }

    private static List<Line> masked(List<Line> lines, int minimumGroup) {
        return lines.stream().map(l -> l.maskedBelow(minimumGroup)).toList();
    }

    /** The largest count of a breakdown, to scale its bars. */
    public static long max(List<Line> lines) {
        return lines.stream().filter(l -> !l.isHidden()).mapToLong(Line::voters).max().orElse(0);
    }
}
