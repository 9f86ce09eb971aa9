package fr.budgetcitoyen.web.structure;

import fr.budgetcitoyen.followup.StatusReport;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.structure.ProjectRecord;
import fr.budgetcitoyen.structure.Structure;
import fr.budgetcitoyen.structure.StructureRecord;
import fr.budgetcitoyen.web.format.Csv;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The inventory as open data (schema in the README): one line per labelled project, with its structure. Nothing
 * about persons: no carrier, referent, address or report text — the structure's public identity and the figures.
 */
public final class StructuresCsv {

    static final String HEADER = "structure_id;structure_name;registration_numbers;legal_form;territory;commune_insee;commune;"
            + "edition;project_id;project_title;fate;granted_eur;paid_eur;still_active;report_year\n";

    private StructuresCsv() {
    }

    /** {@code communeName} reads a commune's name from its INSEE code. */
    public static String of(List<StructureRecord> inventory, UnaryOperator<String> communeName) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (StructureRecord record : inventory) {
            Structure s = record.structure();
            String structure = s.id() + ";" + Csv.quoted(s.name()) + ";" + String.join("|", s.numbers()) + ";" + text(s.legalForm()) + ";"
                    + text(s.territoryCode()) + ";" + text(s.communeInseeCode()) + ";" + Csv.quoted(communeName.apply(s.communeInseeCode())) + ";";
            for (ProjectRecord p : record.projects()) {
                StatusReport report = p.latestReport();
                csv.append(structure).append(p.year()).append(';').append(p.projectId()).append(';').append(Csv.quoted(p.title())).append(';')
                        .append(p.fate()).append(';').append(euros(p.granted())).append(';').append(euros(p.paid())).append(';')
                        .append(report == null ? "" : report.active()).append(';').append(report == null ? "" : report.year()).append('\n');
            }
        }
        return csv.toString();
    }

    private static String euros(Money money) {
        return money == null ? "" : money.amount().toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
