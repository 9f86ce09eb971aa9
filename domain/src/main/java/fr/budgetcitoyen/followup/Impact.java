package fr.budgetcitoyen.followup;

import fr.budgetcitoyen.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the funded projects of an edition became, in total and per territory: money granted and paid, how
 * many reported, how many are still active (by their latest report), volunteers and employees.
 */
public record Impact(Line total, List<Line> territories) {

    /** One row of the dashboard. The share of active projects counts only projects that reported. */
    public record Line(String territoryCode, int funded, Money granted, Money paid, int reported, int active,
                       int volunteers, int employees) {

        public Optional<BigDecimal> activePercent() {
            return reported == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(active * 100L).divide(BigDecimal.valueOf(reported), 0, RoundingMode.HALF_UP));
        }
    }

    /** A funded project with what was paid and its latest report, if any. */
    public record Followed(FundedProject grant, Money paid, Optional<StatusReport> latest) {
    }

    public static Impact of(List<Followed> followed) {
        Map<String, List<Followed>> byTerritory = followed.stream()
                .collect(Collectors.groupingBy(f -> f.grant().territoryCode(), TreeMap::new, Collectors.toList()));
        return new Impact(line(null, followed),
                byTerritory.entrySet().stream().map(e -> line(e.getKey(), e.getValue())).toList());
    }

    /** The latest report of each project among several years' reports. */
    public static Optional<StatusReport> latest(List<StatusReport> reports) {
        return reports.stream().max(Comparator.comparingInt(StatusReport::year));
    }

    private static Line line(String territory, List<Followed> followed) {
        List<StatusReport> latest = followed.stream().flatMap(f -> f.latest().stream()).toList();
        return new Line(territory, followed.size(),
                followed.stream().map(f -> f.grant().granted()).reduce(Money.ZERO, Money::plus),
                followed.stream().map(Followed::paid).reduce(Money.ZERO, Money::plus),
                latest.size(), (int) latest.stream().filter(StatusReport::active).count(),
                latest.stream().mapToInt(StatusReport::volunteers).sum(),
                latest.stream().mapToInt(StatusReport::employees).sum());
    }
}
