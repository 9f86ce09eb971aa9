package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** From the ceremony to the counts through real ballots, the server's tally and its published JSON. */
class TallyDecryptionTest {

    @Test
    void realBallotsSummedByTheServerDecryptToTheirCounts() {
        Ceremony ceremony = new Ceremony(3, 2);
        ECPoint y = KeyCeremony.electionKey(ceremony.parameters);
        Election election = Election.of("e2026", "Budget citoyen 2026", y, 2,
                ceremony.parameters.verificationKeyPoints(),
                List.of(new Election.Question("COOPERATION", List.of("12", "15", "19")),
                        new Election.Question("EMPLOI", List.of("3", "4")),
                        new Election.Question("HABITAT", List.of("7", "8"))),
                "0".repeat(64));
        EncryptedTally tally = new EncryptedTally(election);
        int[][] votes = {{0, 2, 2, 1, 2}, {1, 1}, {}};
        for (int k = 0; k < votes.length; k++) {
            for (int choice : votes[k]) {
                Ballot ballot = BallotEncryptor.encrypt(election, k, choice, Pseudonyms.random(), Randomness.secure()).ballot();
                tally.add(ballot);
            }
        }
        long[] numTallied = {5, 2, 0};
        // Holders 1 and 3 get the tally as JSON, as the tool does.
        Object published = Json.parse(tally.json());
        List<PartialDecryption> partials = new ArrayList<>();
        for (int z : new int[] {1, 3}) {
            partials.add(PartialDecryption.parse(ceremony.holder(z)
                    .partialDecryptionOfJson(ceremony.voutputs.get(z - 1).privateKey(), published, z).serialize()));
        }
        EncryptedTally reread = EncryptedTally.parse(tally.json(), election);
        long[][] counts = Decryption.combine(reread, partials, election.verificationKeys(), election.threshold(), numTallied);
        assertArrayEquals(new long[][] {{1, 1, 3}, {0, 2}, {}}, counts);
        assertEquals(List.of(), partials.get(0).factors().get(2), "no factor for a question without ballots");
        // A question without a ballot can't be given ballots afterwards.
        assertThrows(InvalidMessageException.class, () -> Decryption.combine(reread, partials,
                election.verificationKeys(), 2, new long[] {5, 2, 1}));
    }
}
