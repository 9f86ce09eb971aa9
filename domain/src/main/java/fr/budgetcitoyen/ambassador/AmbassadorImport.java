package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The existing list of ambassadors, imported from CSV ({@code name;year;insee;legal_form;theme;description;
 * website;contact_email}, UTF-8, a header line): every line is checked first, each problem reported with
 * its line number, and nothing is imported unless every line is right.
 */
public final class AmbassadorImport {

    public static final String HEADER = "name;year;insee;legal_form;theme;description;website;contact_email";
    private static final int COLUMNS = 8;

    /** A line that will be imported. */
    public record Line(int number, AmbassadorProfile profile, int year, String communeInseeCode, String territoryCode,
                       LegalForm legalForm) {
    }

    /** A line that will not, and why (a bundle key with the column concerned, or the line's shape). */
    public record Problem(int number, String key, String column) {
    }

    public record Preview(List<Line> lines, List<Problem> problems) {

        public boolean isImportable() {
            return problems.isEmpty() && !lines.isEmpty();
        }
    }

    private AmbassadorImport() {
    }

    /** @param territoryOfCommune the territory of a Pas-de-Calais commune, empty for an unknown code */
    public static Preview preview(String csv, int currentYear, Function<String, Optional<String>> territoryOfCommune) {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] rows = (csv == null ? "" : csv.replace("\uFEFF", "")).split("\\R");
        int first = rows.length > 0 && rows[0].strip().equalsIgnoreCase(HEADER) ? 1 : 0;
        if (first == 0) {
            problems.add(new Problem(1, "ambassador.import.header", null));
        }
        for (int i = first; i < rows.length; i++) {
            if (!rows[i].isBlank()) {
                read(i + 1, rows[i], currentYear, territoryOfCommune, lines, problems);
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "ambassador.import.empty", null));
        }
        return new Preview(List.copyOf(lines), List.copyOf(problems));
    }

    private static void read(int number, String row, int currentYear, Function<String, Optional<String>> territoryOf,
                             List<Line> lines, List<Problem> problems) {
        String[] cells = row.split(";", -1);
        if (cells.length != COLUMNS) {
            problems.add(new Problem(number, "ambassador.import.columns", String.valueOf(cells.length)));
            return;
        }
        List<Problem> found = new ArrayList<>();
        Integer year = cells[1].strip().matches("\\d{4}") ? Integer.valueOf(cells[1].strip()) : null;
        if (year == null || year < Ambassador.FIRST_YEAR || year > currentYear) {
            found.add(new Problem(number, "ambassador.import.year", "year"));
        }
        String insee = cells[2].strip();
        Optional<String> territory = insee.matches("62\\d{3}") ? territoryOf.apply(insee) : Optional.empty();
        if (territory.isEmpty()) {
            found.add(new Problem(number, "ambassador.import.insee", "insee"));
        }
        LegalForm form = parse(LegalForm.class, cells[3]);
        if (form == null) {
            found.add(new Problem(number, "ambassador.import.legalForm", "legal_form"));
        }
        AmbassadorProfile profile = null;
        try {
            profile = new AmbassadorProfile(cells[0], parse(Theme.class, cells[4]), cells[5], cells[6], cells[7], false).checked();
        } catch (InvalidFieldsException invalid) {
            invalid.problems().forEach(p -> found.add(new Problem(number, p.key(), p.field())));
        }
        if (found.isEmpty()) {
            lines.add(new Line(number, profile, year, insee, territory.get(), form));
        } else {
            problems.addAll(found);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
