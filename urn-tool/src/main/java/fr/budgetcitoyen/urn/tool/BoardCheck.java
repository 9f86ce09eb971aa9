package fr.budgetcitoyen.urn.tool;

import fr.budgetcitoyen.urn.BoardReport;
import fr.budgetcitoyen.urn.BoardVerifier;
import fr.budgetcitoyen.urn.InvalidMessageException;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;

/** The {@code verify} command: the whole board through {@link BoardVerifier}, every failure printed. */
final class BoardCheck {

    private BoardCheck() {
    }

    /** Prints each failure, then « vérifié » or « échec : N problème(s) »; returns the exit code. */
    static int verify(Reader board, PrintStream out) {
        BoardReport report;
        try (board) {
            report = BoardVerifier.verify(board);
        } catch (IOException e) {
            throw ToolException.failure("lecture du tableau public impossible : " + e.getMessage());
        } catch (InvalidMessageException e) {
            out.println("problème : " + e.getMessage());
            out.println("échec : 1 problème(s)");
            return ToolException.FAILURE;
        }
        for (String failure : report.failures()) {
            out.println("problème : " + failure);
        }
        if (report.failureCount() > report.failures().size()) {
            out.println("… et " + (report.failureCount() - report.failures().size()) + " autre(s) problème(s)");
        }
        if (report.verified()) {
            out.println(report.ballots() + " bulletin(s) vérifié(s)" + (report.tallied() ? ", décompte et résultat vérifiés."
                    : " ; l'urne n'est pas encore ouverte (pas de résultat)."));
            out.println("vérifié");
            return 0;
        }
        out.println("échec : " + report.failureCount() + " problème(s)");
        return ToolException.FAILURE;
    }
}
