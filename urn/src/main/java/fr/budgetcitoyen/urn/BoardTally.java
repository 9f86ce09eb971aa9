package fr.budgetcitoyen.urn;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The encrypted tally a public board's ballots add up to, each ballot checked first: what a key holder's
 * tool compares with the tally the server asks it to decrypt (Belenios' trustees decrypt the tally of the
 * public ballot box, §4.13). Without this check a dishonest server could pass one voter's ballot off as
 * "the tally" and learn that vote from the holders' partial decryptions.
 *
 * <p>The board is read as a stream (see {@link BoardReader}); the first invalid ballot, repeated tracker or
 * repeated pseudonym in a question refuses the whole board: a holder decrypts nothing doubtful.
 */
public record BoardTally(Election election, EncryptedTally tally, long ballots) {

    private static final int CHUNK = 2048;

    public static BoardTally of(Reader board) throws IOException {
        return new Run().read(board);
    }

    /** Whether {@code asked}, a published tally {@code [[{"alpha","beta"}…]…]}, is this board's. */
    public boolean matches(Object asked) {
        return tally.equals(EncryptedTally.fromJson(asked, election));
    }

    private static final class Run {
        private Election election;
        private String fingerprint;
        private EncryptedTally tally;
        private long ballots;
        private final List<String> pending = new ArrayList<>();
        private final Set<String> trackers = new HashSet<>();
        private final Set<String> voters = new HashSet<>();

        BoardTally read(Reader reader) throws IOException {
            BoardReader in = new BoardReader(reader);
            in.object(64, key -> {
                switch (key) {
                    case "election" -> election(Json.parse(in.value(Election.MAX_CHARS + 1024)));
                    case "fingerprint" -> fingerprint = Json.parse(in.value(1024)) instanceof String s ? s : null;
                    case "ballots" -> ballots(in);
                    default -> BoardHeader.skip(in);
                }
            });
            if (election == null) {
                throw new InvalidMessageException("tableau public sans élection scellée");
            }
            if (!election.fingerprint().equals(fingerprint)) {
                throw new InvalidMessageException("l'empreinte publiée n'est pas celle de l'élection publiée");
            }
            flush();
            return new BoardTally(election, tally, ballots);
        }

        private void election(Object value) {
            if (!(value instanceof String json)) {
                throw new InvalidMessageException("champ « election » : chaîne attendue");
            }
            election = Election.parse(json);
            tally = new EncryptedTally(election);
        }

        private void ballots(BoardReader in) throws IOException {
            in.array(() -> {
                pending.add(in.value(Ballot.MAX_CHARS));
                if (pending.size() >= CHUNK && election != null) {
                    flush();
                }
            });
        }

        /** Checks the pending ballots on every core (BallotVerifier is thread-safe), then adds them in order. */
        private void flush() {
            List<Ballot> checked = pending.parallelStream().map(raw -> {
                Ballot ballot = Ballot.fromJson(Json.parse(raw));
                try {
                    BallotVerifier.check(election, ballot);
                } catch (InvalidMessageException e) {
                    throw new InvalidMessageException("bulletin de traceur " + ballot.tracker() + " : " + e.getMessage());
                }
                return ballot;
            }).toList();
            for (Ballot ballot : checked) {
                if (!trackers.add(ballot.tracker())) {
                    throw new InvalidMessageException("traceur " + ballot.tracker() + " en double");
                }
                if (!voters.add(ballot.question() + "|" + ballot.pseudonym())) {
                    throw new InvalidMessageException("deux bulletins du pseudonyme " + ballot.pseudonym()
                            + " pour la question " + ballot.question());
                }
                tally.add(ballot);
                ballots++;
            }
            pending.clear();
        }
    }
}
