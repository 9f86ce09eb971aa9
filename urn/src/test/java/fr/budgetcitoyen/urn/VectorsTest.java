package fr.budgetcitoyen.urn;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vectors the browser's implementation replays: checked in, and still what Java computes. */
class VectorsTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = VectorsTest.class.getResourceAsStream("/vectors/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theCheckedInFilesAreWhatTheGeneratorWrites() throws IOException {
        assertEquals(VectorsGenerator.ballots(), resource("ballots.json"));
        assertEquals(VectorsGenerator.points(), resource("points.json"));
    }

    @Test
    void everyBallotIsRecreatedByteForByteFromItsInputs() throws IOException {
        List<Object> cases = Json.asArray(Json.parse(resource("ballots.json")), "vectors");
        assertTrue(cases.size() >= 3);
        Set<Long> questions = new HashSet<>();
        Set<Integer> sizes = new HashSet<>();
        for (Object o : cases) {
            Map<String, Object> c = Json.asObject(o, "case");
            Election election = Election.parse(Json.string(c, "election"));
            int question = (int) Json.integer(c, "question");
            List<BigInteger> randomness = new ArrayList<>();
            for (Object r : Json.array(c, "randomness")) {
                randomness.add(Group.scalar((String) r));
            }
            int answers = election.question(question).answers().size();
            assertEquals(4 * answers + 1, randomness.size(), "every drawn scalar is recorded, none more");
            Ballot ballot = BallotEncryptor.encrypt(election, question, (int) Json.integer(c, "choice"),
                    Json.string(c, "pseudonym"), Randomness.replay(randomness)).ballot();
            assertEquals(Json.string(c, "ballot"), ballot.json());
            assertEquals(Json.string(c, "tracker"), ballot.tracker());
            Ballot parsed = Ballot.parse(Json.string(c, "ballot"));
            assertDoesNotThrow(() -> BallotVerifier.check(election, parsed));
            assertEquals(1, TestElectionDecrypt.count(parsed, VectorsGenerator.SECRET, (int) Json.integer(c, "choice")));
            questions.add((long) question);
            sizes.add(answers);
            // One scalar short, and the encryptor says so.
            assertThrows(IllegalStateException.class, () -> BallotEncryptor.encrypt(election, question, 0,
                    Json.string(c, "pseudonym"), Randomness.replay(randomness.subList(0, randomness.size() - 1))));
        }
        assertTrue(questions.size() >= 2);
        assertTrue(sizes.containsAll(List.of(1, 3, 20)), sizes.toString());
    }

    @Test
    void thePointsAndHashesAreGroupOperations() throws IOException {
        Map<String, Object> points = Json.parseObject(resource("points.json"));
        assertEquals(Group.encode(Group.G), Json.string(points, "generator"));
        for (Object o : Json.array(points, "multiples")) {
            Map<String, Object> m = Json.asObject(o, "multiple");
            assertEquals(Group.mulG(Group.scalar(Json.string(m, "k"))), Group.decode(Json.string(m, "point")));
        }
        for (Object o : Json.array(points, "hashes")) {
            Map<String, Object> h = Json.asObject(o, "hash");
            assertEquals(Group.hashToScalar(Json.string(h, "input")), Group.scalar(Json.string(h, "scalar")));
        }
    }

    /** Decrypts with a known key: the chosen answer holds 1, the others 0. */
    private static final class TestElectionDecrypt {
        static int count(Ballot ballot, BigInteger secret, int choice) {
            int ones = 0;
            for (int a = 0; a < ballot.choices().size(); a++) {
                Ciphertext c = ballot.choices().get(a);
                var m = c.beta().subtract(c.alpha().multiply(secret)).normalize();
                if (a == choice) {
                    assertEquals(Group.G, m);
                    ones++;
                } else {
                    assertTrue(m.isInfinity());
                }
            }
            return ones;
        }
    }
}
