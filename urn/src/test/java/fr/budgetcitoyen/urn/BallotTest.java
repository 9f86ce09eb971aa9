package fr.budgetcitoyen.urn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BallotTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 20})
    void everyChoiceEncryptsVerifiesAndDecryptsToExactlyOneProject(int answers) {
        Election election = TestElection.withAnswers(3, answers);
        for (int choice = 0; choice < answers; choice++) {
            EncryptedBallot encrypted = BallotEncryptor.encrypt(election, 1, choice, Pseudonyms.random(),
                    Randomness.secure());
            Ballot ballot = Ballot.parse(encrypted.ballot().json());
            assertDoesNotThrow(() -> BallotVerifier.check(election, ballot));
            assertDoesNotThrow(() -> BallotVerifier.checkOneByOne(election, ballot));
            assertEquals(answers, encrypted.nonces().size());
            for (int a = 0; a < answers; a++) {
                assertEquals(a == choice ? 1 : 0, TestElection.decrypt(ballot.choices().get(a), 1), "answer " + a);
                // The nonce opens the ciphertext (Benaloh's audit): alpha = r·G.
                assertEquals(Group.mulG(encrypted.nonces().get(a)), ballot.choices().get(a).alpha());
            }
        }
    }

    @Test
    void theSerialisationIsCanonicalAndStable() {
        Election election = TestElection.withAnswers(3);
        Ballot ballot = BallotEncryptor.encrypt(election, 0, 2, Pseudonyms.random(), Randomness.secure()).ballot();
        String json = ballot.json();
        assertEquals(json, Ballot.parse(json).json());
        assertTrue(json.startsWith("{\"election_hash\":\"" + election.fingerprint() + "\",\"question\":0,\"pseudonym\":\""));
        assertTrue(json.contains("\",\"choices\":[{\"alpha\":\""));
        assertTrue(json.contains("]],\"overall_proof\":[{\"commitment\":[\""));
        assertEquals(Group.hashJson(json), ballot.tracker());
        // Spaces or another field order would change the tracker: refused.
        assertThrows(InvalidMessageException.class, () -> Ballot.parse(json.replace("\"question\":0,", "\"question\": 0,")));
        assertThrows(InvalidMessageException.class, () -> Ballot.parse(json + " "));
    }

    @Test
    void theTrackerChangesWithAnyCharacter() {
        Election election = TestElection.withAnswers(2);
        Ballot ballot = BallotEncryptor.encrypt(election, 0, 0, Pseudonyms.random(), Randomness.secure()).ballot();
        String json = ballot.json();
        Set<String> trackers = new HashSet<>();
        trackers.add(ballot.tracker());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            String changed = json.substring(0, i) + (char) (c == 'a' ? 'b' : c + 1) + json.substring(i + 1);
            assertNotEquals(ballot.tracker(), Group.hashJson(changed), "character " + i);
            trackers.add(Group.hashJson(changed));
        }
        assertEquals(json.length() + 1, trackers.size());
    }

    @Test
    void theLongestPossibleBallotFitsTheLimits() {
        int answers = 40;
        Ballot ballot = BallotEncryptor.encrypt(TestElection.withAnswers(answers), 0, 3, Pseudonyms.random(),
                Randomness.secure()).ballot();
        // The same ballot if every scalar had the most digits a scalar below q can have (78).
        int longest = ballot.json().length();
        for (List<Proof> pair : ballot.individualProofs()) {
            for (Proof p : pair) {
                longest += 78 - p.challenge().toString().length() + 78 - p.response().toString().length();
            }
        }
        int perAnswer = longest / answers; // the ballot's fixed part included
        assertTrue(perAnswer <= Ballot.MAX_CHARS_PER_ANSWER, perAnswer + " characters per answer");
        assertTrue(perAnswer > Ballot.MAX_CHARS_PER_ANSWER - 150, "the limit stays tight: " + perAnswer);
        assertTrue(longest <= 1024 + Ballot.MAX_CHARS_PER_ANSWER * answers);
    }

    @Test
    void absurdSizesAreRefusedBeforeAnyArithmetic() {
        assertThrows(InvalidMessageException.class, () -> Ballot.parse("[" + "0,".repeat(Ballot.MAX_CHARS) + "0]"));
        Election election = TestElection.withAnswers(2);
        String json = BallotEncryptor.encrypt(election, 0, 0, Pseudonyms.random(), Randomness.secure()).ballot().json();
        // Proofs for one answer only.
        java.util.Map<String, Object> map = Json.parseObject(json);
        Json.array(map, "individual_proofs").remove(1);
        String oneProofPair = Json.write(map);
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> Ballot.parse(oneProofPair));
        assertTrue(e.getMessage().contains("individual_proofs"), e.getMessage());
        assertThrows(InvalidMessageException.class, () -> Ballot.parse(json.replace("\"pseudonym\":\"", "\"pseudonym\":\"A")));
        assertThrows(InvalidMessageException.class, () -> Ballot.parse(json.replace("\"question\":0", "\"question\":-1")));
        assertThrows(InvalidMessageException.class, () -> Ballot.parse(json.replace("{\"election_hash\"", "{\"extra\":1,\"election_hash\"")));
    }

    @Test
    void pseudonymsAre128RandomBitsInLowercaseHex() {
        String p = Pseudonyms.random();
        assertTrue(Pseudonyms.isValid(p), p);
        assertNotEquals(p, Pseudonyms.random());
        assertEquals(32, p.length());
        assertTrue(!Pseudonyms.isValid("A".repeat(32)) && !Pseudonyms.isValid(p + "0")
                && !Pseudonyms.isValid(null) && !Pseudonyms.isValid("g".repeat(32)));
    }

    @Test
    void theEncryptorRefusesWhatIsNotOnTheBallot() {
        Election election = TestElection.withAnswers(2);
        assertThrows(IllegalArgumentException.class, () -> BallotEncryptor.encrypt(election, 1, 0, Pseudonyms.random(), Randomness.secure()));
        assertThrows(IllegalArgumentException.class, () -> BallotEncryptor.encrypt(election, 0, 2, Pseudonyms.random(), Randomness.secure()));
        assertThrows(InvalidMessageException.class, () -> BallotEncryptor.encrypt(election, 0, 0, "x", Randomness.secure()));
    }
}
