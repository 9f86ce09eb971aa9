package fr.budgetcitoyen.urn;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoardVerifierTest {

    /** Three categories; the last gets no ballot (published as empty lists). */
    private static TestBoard board() {
        TestBoard board = new TestBoard("board-2026", 3, 2, 2);
        for (int choice : new int[] {0, 2, 2, 1, 2}) {
            board.vote(0, choice);
        }
        board.vote(1, 1);
        board.vote(1, 1);
        board.participations[2] = 0;
        return board;
    }

    private static final TestBoard OPENED = board().open(1, 3);

    private static BoardReport tampered(Consumer<Map<String, Object>> change) {
        Map<String, Object> json = Json.parseObject(OPENED.json());
        change.accept(json);
        BoardReport report = BoardVerifier.verify(Json.write(json));
        assertFalse(report.verified(), report.summary());
        return report;
    }

    private static boolean says(BoardReport report, String words) {
        return report.failures().stream().anyMatch(f -> f.contains(words));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ballot(Map<String, Object> board, int index) {
        return (Map<String, Object>) Json.array(board, "ballots").get(index);
    }

    @Test
    void aValidBoardIsVerifiedBeforeAndAfterTheOpening() {
        TestBoard before = board();
        BoardReport report = BoardVerifier.verify(before.json());
        assertTrue(report.verified(), report.summary());
        assertFalse(report.tallied());
        assertEquals(7, report.ballots());

        report = BoardVerifier.verify(OPENED.json());
        assertTrue(report.verified(), report.summary());
        assertTrue(report.tallied());
        assertTrue(report.summary().startsWith("vérifié"), report.summary());
        assertArrayEquals(new long[] {5, 2, 0}, report.validBallotsPerQuestion());
        assertEquals("[[1,1,3],[0,2],[]]", Json.write(OPENED.result.get("result")));
    }

    @Test
    void theFieldsMayComeInAnyOrderAndWithSpaces() {
        Map<String, Object> json = OPENED.toJson();
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("ballots", json.get("ballots"));
        reordered.put("result", json.get("result"));
        json.forEach(reordered::putIfAbsent);
        BoardReport report = BoardVerifier.verify(spaced(Json.write(reordered)));
        assertTrue(report.verified(), report.summary());
    }

    /** Spaces and new lines between the tokens, as a pretty-printer would put them. */
    private static String spaced(String json) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            out.append(c);
            if (c == '"' && (i == 0 || json.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && (c == ',' || c == ':' || c == '[' || c == '{')) {
                out.append("\n  ");
            }
        }
        return " " + out + "\n";
    }

    @Test
    void aChangedCiphertext() {
        BoardReport report = tampered(board -> {
            Map<String, Object> choice = Json.asObject(Json.array(ballot(board, 3), "choices").get(0), "choice");
            choice.put("beta", Group.encode(Group.decode((String) choice.get("beta")).add(Group.G).normalize()));
        });
        assertTrue(says(report, "bulletin n° 4 (traceur "), report.summary());
        assertTrue(says(report, "défi de la preuve individuelle du projet « 10 »"), report.summary());
        assertTrue(says(report, "question 0 : 5 bulletins comptés (num_tallied) pour 4 bulletins valides"), report.summary());
    }

    @Test
    void aRemovedBallot() {
        BoardReport report = tampered(board -> Json.array(board, "ballots").remove(6));
        assertTrue(says(report, "question 1 : le décompte chiffré publié n'est pas la somme des bulletins"), report.summary());
        assertTrue(says(report, "question 1 : 2 bulletins comptés (num_tallied) pour 1 bulletins valides"), report.summary());
    }

    @Test
    void theTrackersListedDuringTheVoteMustBeThoseOfThePublishedBallots() {
        Map<String, Object> json = Json.parseObject(OPENED.json());
        java.util.List<Object> lines = new java.util.ArrayList<>();
        for (Object b : Json.array(json, "ballots")) {
            Map<String, Object> line = new java.util.LinkedHashMap<>();
            line.put("tracker", Ballot.fromJson(b).tracker());
            line.put("pseudonym", Ballot.fromJson(b).pseudonym());
            lines.add(line);
        }
        json.put("trackers", lines);
        BoardReport listed = BoardVerifier.verify(Json.write(json));
        assertTrue(listed.verified(), listed.summary());

        Map<String, Object> removed = ballot(json, 6);
        Json.array(json, "ballots").remove(6);
        BoardReport report = BoardVerifier.verify(Json.write(json));
        assertFalse(report.verified(), report.summary());
        assertTrue(says(report, "est publié sans son bulletin"), report.summary());
        assertTrue(says(report, Ballot.fromJson(removed).tracker()), report.summary());
    }

    @Test
    void aBallotAddedAfterTheTally() {
        TestBoard board = board().open(1, 2);
        board.vote(0, 0);
        BoardReport report = BoardVerifier.verify(board.json());
        assertTrue(says(report, "question 0 : le décompte chiffré publié n'est pas la somme"), report.summary());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aForgedPartialDecryption() {
        BoardReport report = tampered(board -> {
            Map<String, Object> partial = (Map<String, Object>) Json.array(Json.object(board, "result"),
                    "partial_decryptions").get(1);
            List<Object> factors = (List<Object>) Json.array(partial, "decryption_factors").get(0);
            factors.set(1, Group.encode(Group.decode((String) factors.get(1)).add(Group.G).normalize()));
        });
        assertTrue(says(report, "décryption partielle n° 2 : la décryption partielle du détenteur 3 a une preuve fausse"),
                report.summary());
        assertTrue(says(report, "au moins 2 détenteurs distincts, il y en a 1"), report.summary());
    }

    @Test
    void aPartialDecryptionThatShiftsTheCountsWithItsProofIsCaughtByItsProof() {
        // A holder who lies about one factor moves the count; the proof of that factor fails.
        BoardReport report = tampered(board -> {
            Map<String, Object> partial = Json.asObject(Json.array(Json.object(board, "result"),
                    "partial_decryptions").get(0), "partial");
            Json.array(partial, "decryption_factors").set(1, List.of(
                    Group.encode(Group.mulG(java.math.BigInteger.TEN)), Group.encode(Group.G)));
        });
        assertTrue(says(report, "détenteur 1 a une preuve fausse (question 1, réponse 0)"), report.summary());
    }

    @Test
    void aWrongResult() {
        BoardReport report = tampered(board -> {
            List<Object> counts = new ArrayList<>(List.of(List.of(1L, 2L, 2L), List.of(0L, 2L), List.of()));
            Json.object(board, "result").put("result", counts);
        });
        assertTrue(says(report, "résultat publié faux : question 0, projet « 11 » : publié 2, déchiffré 1"), report.summary());
        assertEquals(2, report.failureCount(), report.summary());
    }

    @Test
    void aProofFromAnotherElection() {
        TestBoard other = new TestBoard("other-2026", 3, 2, 2);
        Ballot foreign = other.vote(0, 1);
        BoardReport report = tampered(board -> {
            Map<String, Object> moved = foreign.toJson();
            moved.put("election_hash", OPENED.election.fingerprint());
            Json.array(board, "ballots").set(0, moved);
        });
        assertTrue(says(report, "bulletin n° 1 (traceur "), report.summary());
        assertTrue(says(report, "défi de la preuve individuelle"), report.summary());
        // As it came, it is plainly another election's.
        report = tampered(board -> Json.array(board, "ballots").set(0, foreign.toJson()));
        assertTrue(says(report, "bulletin d'une autre élection"), report.summary());
    }

    @Test
    void aReplayedBallotAndASecondBallotOfAVoter() {
        BoardReport report = tampered(board -> Json.array(board, "ballots").add(ballot(board, 0)));
        assertTrue(says(report, "bulletin n° 8 (traceur ") && says(report, "traceur en double"), report.summary());

        TestBoard twice = board();
        Ballot first = twice.ballots.get(0);
        Ballot again = BallotEncryptor.encrypt(twice.election, 0, 1, first.pseudonym(), Randomness.secure()).ballot();
        twice.ballots.add(again);
        twice.participations[0]++;
        report = BoardVerifier.verify(twice.json());
        assertTrue(says(report, "deuxième bulletin du pseudonyme " + first.pseudonym() + " pour la question 0"),
                report.summary());
    }

    @Test
    void moreBallotsThanParticipations() {
        BoardReport report = tampered(board -> Json.array(board, "participations").set(1, 1L));
        assertTrue(says(report, "question 1 : 2 bulletins pour 1 participations"), report.summary());
    }

    @Test
    void theFingerprintAndTheKeyCeremony() {
        BoardReport report = tampered(board -> board.put("fingerprint", "x".repeat(43)));
        assertTrue(says(report, "l'empreinte publiée"), report.summary());

        Ceremony another = new Ceremony(3, 2);
        report = tampered(board -> board.put("threshold_parameters", Json.parse(another.parameters.serialize())));
        assertTrue(says(report, "la clé de l'élection n'est pas celle issue des engagements"), report.summary());
        assertTrue(says(report, "les clés de vérification de l'élection ne sont pas celles de la cérémonie"),
                report.summary());

        report = tampered(board -> Json.object(board, "threshold_parameters").put("threshold", 3L));
        assertTrue(says(report, "paramètres du seuil"), report.summary());
    }

    @Test
    void anUnreadableBoardSaysWhy() {
        BoardReport report = BoardVerifier.verify("{\"election\":\"{}\"}");
        assertFalse(report.verified());
        assertTrue(says(report, "élection illisible"), report.summary());
        report = BoardVerifier.verify(OPENED.json().substring(0, 5000));
        assertTrue(says(report, "tableau public illisible"), report.summary());
        report = tampered(board -> board.put("extra", 1L));
        assertTrue(says(report, "champ inattendu « extra »"), report.summary());
    }
}
