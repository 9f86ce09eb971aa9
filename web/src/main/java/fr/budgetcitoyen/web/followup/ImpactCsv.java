package fr.budgetcitoyen.web.followup;

import fr.budgetcitoyen.followup.Impact;

/** The impact of an edition as CSV: one line per territory, then the total (territory "*"). */
final class ImpactCsv {

    private ImpactCsv() {
    }

    static String of(Impact impact) {
        StringBuilder csv = new StringBuilder(
                "territory;funded_projects;granted_eur;paid_eur;reported;still_active;active_percent;volunteers;employees\n");
        impact.territories().forEach(line -> append(csv, line));
        append(csv, impact.total());
        return csv.toString();
    }

    private static void append(StringBuilder csv, Impact.Line line) {
        csv.append(line.territoryCode() == null ? "*" : line.territoryCode()).append(';').append(line.funded()).append(';')
                .append(line.granted().amount().toPlainString()).append(';').append(line.paid().amount().toPlainString()).append(';')
                .append(line.reported()).append(';').append(line.active()).append(';')
                .append(line.activePercent().map(p -> p.toPlainString()).orElse("")).append(';')
                .append(line.volunteers()).append(';').append(line.employees()).append('\n');
    }
}
