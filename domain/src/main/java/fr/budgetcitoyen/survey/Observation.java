package fr.budgetcitoyen.survey;

import fr.budgetcitoyen.followup.StatusReport;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What one project says about each indicator; null where it says nothing (not asked, not reported). */
public record Observation(Boolean stillActive, Trend volunteers, Trend employees, Reach objectives) {

    /**
     * What a project's yearly status reports say: still active by the latest; volunteers and employees
     * compared with the report before it (one report alone gives no trend). Reports carry no objectives.
     */
    public static Optional<Observation> ofReports(List<StatusReport> reports) {
        List<StatusReport> newestFirst = reports.stream().sorted(Comparator.comparingInt(StatusReport::year).reversed()).toList();
        if (newestFirst.isEmpty()) {
            return Optional.empty();
        }
        StatusReport latest = newestFirst.get(0);
        Optional<StatusReport> previous = newestFirst.stream().skip(1).findFirst();
        return Optional.of(new Observation(latest.active(),
                previous.map(p -> Trend.between(p.volunteers(), latest.volunteers())).orElse(null),
                previous.map(p -> Trend.between(p.employees(), latest.employees())).orElse(null), null));
    }
}
