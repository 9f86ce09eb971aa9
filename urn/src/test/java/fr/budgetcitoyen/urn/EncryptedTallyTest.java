package fr.budgetcitoyen.urn;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncryptedTallyTest {

    @Test
    void theSumOfBallotsDecryptsToTheChosenCounts() {
        Election election = TestElection.withAnswers(4, 2, 3);
        int[][] votes = {{0, 3, 3, 1, 3, 0, 3}, {1}, {}};
        EncryptedTally fromBallots = new EncryptedTally(election);
        EncryptedTally fromBytes = new EncryptedTally(election);
        EncryptedTally[] halves = {new EncryptedTally(election), new EncryptedTally(election)};
        int i = 0;
        for (int k = 0; k < votes.length; k++) {
            for (int choice : votes[k]) {
                Ballot ballot = BallotEncryptor.encrypt(election, k, choice, Pseudonyms.random(), Randomness.secure()).ballot();
                fromBallots.add(ballot);
                // As the server stores it: the ciphertexts apart, in binary.
                fromBytes.add(k, Ciphertext.pack(ballot.choices()));
                halves[i++ % 2].add(k, ballot.choices());
            }
        }
        halves[0].add(halves[1]);
        assertEquals(fromBallots, fromBytes);
        assertEquals(fromBallots, halves[0]);
        assertEquals(fromBallots.json(), fromBytes.json());

        List<List<Ciphertext>> sums = fromBallots.ciphertexts();
        long[][] counts = new long[3][];
        for (int k = 0; k < 3; k++) {
            counts[k] = sums.get(k).stream().mapToLong(c -> TestElection.decrypt(c, 10)).toArray();
        }
        assertArrayEquals(new long[][] {{2, 1, 0, 4}, {0, 1}, {}}, counts);
        assertTrue(fromBallots.isEmpty(2) && !fromBallots.isEmpty(1));
    }

    @Test
    void itsJsonReadsBackAndAnyChangeShows() {
        Election election = TestElection.withAnswers(2, 2);
        EncryptedTally tally = new EncryptedTally(election);
        tally.add(BallotEncryptor.encrypt(election, 0, 1, Pseudonyms.random(), Randomness.secure()).ballot());
        String json = tally.json();
        assertTrue(json.matches("\\[\\[\\{\"alpha\":\"04[0-9a-f]{128}\",\"beta\":\"04[0-9a-f]{128}\"},\\{.*}],\\[]]"), json);
        EncryptedTally reread = EncryptedTally.parse(json, election);
        assertEquals(tally, reread);
        assertEquals(json, reread.json());

        EncryptedTally more = EncryptedTally.parse(json, election);
        more.add(BallotEncryptor.encrypt(election, 0, 1, Pseudonyms.random(), Randomness.secure()).ballot());
        assertNotEquals(tally, more);
        // One ciphertext per answer, or none for a question without ballots.
        assertThrows(InvalidMessageException.class, () -> EncryptedTally.parse(json.replace("}],[]]", "}],[{}]]"), election));
        assertThrows(InvalidMessageException.class, () -> EncryptedTally.parse("[[]]", election));
    }

    @Test
    void theBinaryFormIsTwoUncompressedPointsPerAnswer() {
        Election election = TestElection.withAnswers(3);
        Ballot ballot = BallotEncryptor.encrypt(election, 0, 2, Pseudonyms.random(), Randomness.secure()).ballot();
        byte[] packed = Ciphertext.pack(ballot.choices());
        assertEquals(3 * Ciphertext.BYTES, packed.length);
        assertEquals(ballot.choices(), Ciphertext.unpack(packed));
        Ciphertext c = ballot.choices().get(1);
        assertEquals(c, Ciphertext.fromBytes(c.toBytes()));
        assertEquals(c, Ciphertext.fromJson(c.toJson(), "chiffré"));
        assertEquals(c.alpha().add(c.alpha()).normalize(), c.add(c).alpha());

        EncryptedTally tally = new EncryptedTally(election);
        assertThrows(InvalidMessageException.class, () -> tally.add(0, java.util.Arrays.copyOf(packed, 2 * Ciphertext.BYTES)));
        byte[] compressed = packed.clone();
        compressed[0] = 2;
        assertThrows(InvalidMessageException.class, () -> tally.add(0, compressed));
        byte[] offCurve = packed.clone();
        offCurve[Ciphertext.POINT_BYTES - 1] ^= 1; // y changed: no longer on the curve
        assertThrows(InvalidMessageException.class, () -> tally.add(0, offCurve));
        assertThrows(InvalidMessageException.class, () -> Ciphertext.unpack(new byte[65]));
        assertThrows(InvalidMessageException.class, () -> tally.add(1, packed));
    }
}
