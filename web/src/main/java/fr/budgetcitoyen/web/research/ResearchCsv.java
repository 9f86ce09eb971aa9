package fr.budgetcitoyen.web.research;

import fr.budgetcitoyen.labelling.EssMarker;
import fr.budgetcitoyen.research.CrossedTurnout;
import fr.budgetcitoyen.research.Dataset;
import fr.budgetcitoyen.research.EditionTurnout;
import fr.budgetcitoyen.research.ProjectRecord;
import fr.budgetcitoyen.web.format.Csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The research datasets as CSV: UTF-8, semicolons, an empty field for "none", as the results' open data. */
final class ResearchCsv {

    private ResearchCsv() {
    }

    static String projects(List<ProjectRecord> records) {
        StringBuilder csv = header(Dataset.PROJECTS);
        for (ProjectRecord r : records) {
            List<Object> values = new ArrayList<>(List.of(r.edition(), r.projectId(), r.category()));
            values.addAll(Arrays.asList(r.theme(), r.territory(), r.legalForm(), r.status(), r.published(),
                    text(r.title()), text(r.structure()), r.totalCostEur(), r.requestedEur(), r.committeeMembers()));
            for (EssMarker marker : EssMarker.values()) {
                values.add(r.radar().get(marker));
            }
            values.addAll(Arrays.asList(r.votes(), r.funded(), r.grantedEur(), r.paidEur(), r.reportYear(), r.stillActive(),
                    r.volunteers(), r.employees()));
            line(csv, values);
        }
        return csv.toString();
    }

    static String turnout(List<EditionTurnout> editions) {
        StringBuilder csv = header(Dataset.TURNOUT);
        for (EditionTurnout edition : editions) {
            for (CrossedTurnout.Cell c : edition.cells()) {
                line(csv, Arrays.asList(edition.edition(), c.territory(), c.ageBand(), c.voters(), c.isSuppressed()));
            }
        }
        return csv.toString();
    }

    private static StringBuilder header(Dataset dataset) {
        return new StringBuilder(String.join(";", dataset.fields())).append('\n');
    }

    private static void line(StringBuilder csv, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            csv.append(i == 0 ? "" : ";").append(v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
        }
        csv.append('\n');
    }

    /** Free text quoted (a title may hold a semicolon), absent text left empty. */
    private static String text(String value) {
        return value == null ? null : Csv.quoted(value);
    }
}
