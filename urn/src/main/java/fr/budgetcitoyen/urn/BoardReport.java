package fr.budgetcitoyen.urn;

import java.util.List;

/**
 * What the board verifier found: its failures in French (none: the board is « vérifié »), and what it
 * counted. {@code failures} keeps the first {@link BoardVerifier#MAX_FAILURES}; {@code failureCount} is
 * the total.
 */
public record BoardReport(List<String> failures, long failureCount, long ballots, long[] validBallotsPerQuestion,
                          boolean tallied) {

    public BoardReport {
        failures = List.copyOf(failures);
        validBallotsPerQuestion = validBallotsPerQuestion.clone();
    }

    public boolean verified() {
        return failureCount == 0;
    }

    /** One line per failure, or « vérifié » with what was checked. */
    public String summary() {
        if (verified()) {
            return "vérifié : " + ballots + " bulletin(s)" + (tallied ? ", décompte et résultat" : ", pas encore de résultat");
        }
        StringBuilder out = new StringBuilder("NON VÉRIFIÉ : " + failureCount + " anomalie(s)");
        for (String failure : failures) {
            out.append("\n- ").append(failure);
        }
        if (failureCount > failures.size()) {
            out.append("\n- … et ").append(failureCount - failures.size()).append(" autre(s)");
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
