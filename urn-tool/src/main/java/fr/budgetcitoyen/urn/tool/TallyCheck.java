package fr.budgetcitoyen.urn.tool;

import fr.budgetcitoyen.urn.BoardTally;
import fr.budgetcitoyen.urn.InvalidMessageException;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;

/**
 * Before a holder decrypts anything, the tool checks that the encrypted tally the server asks to decrypt is
 * the sum of the valid ballots of the public board ({@link BoardTally}). Otherwise a dishonest server could
 * hand the holders a single voter's ballot as "the tally" and learn that vote from their partial decryptions.
 */
final class TallyCheck {

    private TallyCheck() {
    }

    static void check(Reader board, Object tallyToDecrypt, PrintStream info) {
        try (board) {
            BoardTally expected = BoardTally.of(board);
            if (!expected.matches(HolderStep.json(tallyToDecrypt, "encrypted_tally"))) {
                throw new InvalidMessageException("le décompte chiffré à déchiffrer n'est pas la somme des "
                        + expected.ballots() + " bulletins publiés");
            }
            info.println("Décompte chiffré vérifié : c'est la somme des " + expected.ballots()
                    + " bulletins valides du tableau public (élection " + expected.election().fingerprint() + ").");
        } catch (InvalidMessageException e) {
            throw ToolException.failure("refus de déchiffrer : " + e.getMessage());
        } catch (IOException e) {
            throw ToolException.failure("lecture du tableau public impossible : " + e.getMessage());
        }
    }
}
