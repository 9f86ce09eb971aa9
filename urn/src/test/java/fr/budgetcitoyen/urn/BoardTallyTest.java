package fr.budgetcitoyen.urn;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoardTallyTest {

    private static Ceremony ceremony;
    private static Election election;
    private static List<Ballot> ballots;
    private static EncryptedTally tally;

    @BeforeAll
    static void board() {
        ceremony = new Ceremony(3, 2);
        election = Election.of("e2026", "Budget citoyen 2026", KeyCeremony.electionKey(ceremony.parameters), 2,
                ceremony.parameters.verificationKeyPoints(),
                List.of(new Election.Question("COOPERATION", List.of("12", "15")),
                        new Election.Question("EMPLOI", List.of("3", "4", "5"))),
                "0".repeat(64));
        ballots = new ArrayList<>();
        tally = new EncryptedTally(election);
        int[][] votes = {{0, 1, 1}, {2}};
        for (int k = 0; k < votes.length; k++) {
            for (int choice : votes[k]) {
                Ballot b = BallotEncryptor.encrypt(election, k, choice, Pseudonyms.random(), Randomness.secure()).ballot();
                ballots.add(b);
                tally.add(b);
            }
        }
    }

    private static String board(List<Object> ballotsJson, Object parameters) {
        Map<String, Object> board = new LinkedHashMap<>();
        board.put("election", election.json());
        board.put("fingerprint", election.fingerprint());
        board.put("threshold_parameters", parameters);
        board.put("participations", List.of(3L, 1L));
        board.put("ballots", ballotsJson);
        board.put("result", null);
        return Json.write(board);
    }

    private static List<Object> ballotsJson() {
        return new ArrayList<>(ballots.stream().map(Ballot::toJson).toList());
    }

    @Test
    void theBoardsBallotsAddUpToTheServersTally() throws IOException {
        BoardTally read = BoardTally.of(new StringReader(board(ballotsJson(), ceremony.parameters.toJson())));
        assertEquals(4, read.ballots());
        assertEquals(election, read.election());
        assertTrue(read.matches(Json.parse(tally.json())));
        EncryptedTally one = new EncryptedTally(election);
        one.add(ballots.get(0));
        assertFalse(read.matches(Json.parse(one.json())), "one voter's ballot is not the tally");
    }

    @Test
    void aDoubtfulBoardIsRefused() {
        List<Object> repeated = ballotsJson();
        repeated.add(ballots.get(1).toJson());
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> BoardTally.of(new StringReader(board(repeated, null))));
        assertTrue(e.getMessage().contains("en double"), e.getMessage());

        // A ballot's ciphertexts replayed under another pseudonym: its proofs no longer hold.
        List<Object> replayed = ballotsJson();
        Map<String, Object> copy = Json.parseObject(ballots.get(0).json());
        copy.put("pseudonym", Pseudonyms.random());
        replayed.add(copy);
        e = assertThrows(InvalidMessageException.class, () -> BoardTally.of(new StringReader(board(replayed, null))));
        assertTrue(e.getMessage().startsWith("bulletin de traceur "), e.getMessage());

        Map<String, Object> wrongFingerprint = Json.parseObject(board(ballotsJson(), null));
        wrongFingerprint.put("fingerprint", "x");
        assertThrows(InvalidMessageException.class,
                () -> BoardTally.of(new StringReader(Json.write(wrongFingerprint))));
    }

    @Test
    void theHeaderIsReadWithoutTheBallots() throws IOException {
        BoardHeader header = BoardHeader.of(new StringReader(board(ballotsJson(), ceremony.parameters.toJson())));
        assertEquals(election.json(), header.election());
        assertEquals(election.fingerprint(), header.fingerprint());
        assertEquals(KeyCeremony.electionKey(ceremony.parameters), KeyCeremony.checkThresholdParameters(header.thresholdParameters()));
        assertNull(BoardHeader.of(new StringReader(board(List.of(), null))).thresholdParameters());
    }
}
