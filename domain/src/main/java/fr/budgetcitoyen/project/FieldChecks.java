package fr.budgetcitoyen.project;

import fr.budgetcitoyen.shared.InvalidFieldsException.Problem;

import java.util.List;

/** The small checks a project file's rules and its carrier's rules both make on what was typed. */
final class FieldChecks {

    private FieldChecks() {
    }

    /** Blank or absent fits: completeness is checked apart. */
    static boolean fits(String text, int maxLength) {
        return text == null || text.strip().length() <= maxLength;
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    static void require(List<Problem> problems, boolean condition, String field, String key) {
        if (!condition) {
            problems.add(new Problem(field, key));
        }
    }
}
