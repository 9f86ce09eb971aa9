package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecryptionTest {

    private static final long[][] COUNTS = {{2, 0, 1}, {4, 5}, {0, 999, 1}};
    private static final long[] NUM_TALLIED = {3, 9, 1000};

    private static Ceremony ceremony;
    private static ECPoint y;
    private static List<List<Ciphertext>> tally;
    private static List<PartialDecryption> partials;


    @BeforeAll
    static void tally() {
        ceremony = new Ceremony(3, 2);
        y = KeyCeremony.electionKey(ceremony.parameters);
        tally = new ArrayList<>();
        // Question 0 as the server makes it: the sum of one-hot ballots.
        List<Ciphertext> q0 = null;
        for (int vote : new int[] {0, 2, 0}) {
            List<Ciphertext> ballot = new ArrayList<>();
            for (int a = 0; a < 3; a++) {
                ballot.add(encryptWeight(a == vote ? 1 : 0));
            }
            if (q0 == null) {
                q0 = ballot;
            } else {
                for (int a = 0; a < 3; a++) {
                    q0.set(a, q0.get(a).add(ballot.get(a)));
                }
            }
        }
        tally.add(q0);
        for (int k = 1; k < COUNTS.length; k++) {
            List<Ciphertext> q = new ArrayList<>();
            for (long m : COUNTS[k]) {
                q.add(encryptWeight(m));
            }
            tally.add(q);
        }
        partials = new ArrayList<>();
        for (int z = 1; z <= 3; z++) {
            String privateKey = ceremony.voutputs.get(z - 1).privateKey();
            PartialDecryption p = ceremony.holder(z).partialDecryption(privateKey, tally, z);
            partials.add(PartialDecryption.parse(p.serialize()));
        }
    }

    private static Ciphertext encryptWeight(long m) {
        BigInteger r = Group.randomScalar();
        ECPoint beta = Group.mul(y, r);
        if (m > 0) {
            beta = Group.add(beta, Group.mulG(BigInteger.valueOf(m)));
        }
        return new Ciphertext(Group.mulG(r), beta);
    }

    private static long[][] combine(List<PartialDecryption> these) {
        return Decryption.combine(tally, these, ceremony.parameters.verificationKeyPoints(), 2, NUM_TALLIED);
    }

    @Test
    void anyTwoOfTheThreeHoldersDecrypt() {
        for (int[] pair : new int[][] {{1, 2}, {1, 3}, {2, 3}, {3, 1}}) {
            long[][] counts = combine(List.of(partials.get(pair[0] - 1), partials.get(pair[1] - 1)));
            assertArrayEquals(COUNTS, counts, pair[0] + " and " + pair[1]);
        }
    }

    @Test
    void allThreeDecryptToo() {
        assertArrayEquals(COUNTS, combine(partials));
    }

    @Test
    void oneHolderAloneCannot() {
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> combine(List.of(partials.get(1))));
        assertEquals("il faut les décryptions partielles d'au moins 2 détenteurs pour ouvrir l'urne, il y en a 1",
                e.getMessage());
        // Nor by giving the same holder twice.
        assertThrows(InvalidMessageException.class, () -> combine(List.of(partials.get(1), partials.get(1))));
        // Nor by its factors alone, ignoring the threshold: they do not give the counts.
        assertThrows(InvalidMessageException.class, () -> Decryption.combine(tally, List.of(partials.get(1)),
                ceremony.parameters.verificationKeyPoints(), 1, NUM_TALLIED));
    }

    @Test
    void theJsonIsAsTheReadmeSays() {
        Map<String, Object> json = Json.parseObject(partials.get(0).serialize());
        assertEquals(List.of("trustee", "decryption_factors", "decryption_proofs"), new ArrayList<>(json.keySet()));
        assertEquals(1L, json.get("trustee"));
        assertEquals(3, Json.asArray(Json.array(json, "decryption_factors").get(0), "q0").size());
        Map<String, Object> proof = Json.asObject(Json.asArray(Json.array(json, "decryption_proofs").get(1), "q1").get(0), "p");
        assertEquals(List.of("challenge", "response"), new ArrayList<>(proof.keySet()));
    }

    @Test
    void aWrongFactorIsRefused() {
        PartialDecryption honest = partials.get(0);
        List<List<ECPoint>> factors = new ArrayList<>(honest.factors().stream().map(l -> (List<ECPoint>) new ArrayList<>(l)).toList());
        factors.get(1).set(1, Group.add(factors.get(1).get(1), Group.G));
        PartialDecryption forged = new PartialDecryption(1, factors, honest.proofs());
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> combine(List.of(forged, partials.get(1))));
        assertEquals("la décryption partielle du détenteur 1 a une preuve fausse (question 1, réponse 1)", e.getMessage());
    }

    @Test
    void aWrongProofIsRefused() {
        PartialDecryption honest = partials.get(2);
        List<List<PartialDecryption.FactorProof>> proofs = new ArrayList<>(
                honest.proofs().stream().map(l -> (List<PartialDecryption.FactorProof>) new ArrayList<>(l)).toList());
        PartialDecryption.FactorProof p = proofs.get(0).get(0);
        proofs.get(0).set(0, new PartialDecryption.FactorProof(p.challenge(), p.response().add(BigInteger.ONE)));
        PartialDecryption forged = new PartialDecryption(3, honest.factors(), proofs);
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> combine(List.of(partials.get(0), forged)));
        assertEquals("la décryption partielle du détenteur 3 a une preuve fausse (question 0, réponse 0)", e.getMessage());
        // Holder 3's honest decryption presented as holder 2's does not check against holder 2's key.
        PartialDecryption misattributed = new PartialDecryption(2, honest.factors(), honest.proofs());
        assertThrows(InvalidMessageException.class, () -> combine(List.of(partials.get(0), misattributed)));
    }

    @Test
    void aPartialDecryptionOfAnotherTallyIsRefused() {
        List<List<Ciphertext>> other = new ArrayList<>(tally);
        other.set(1, List.of(encryptWeight(4), encryptWeight(5)));
        PartialDecryption p = ceremony.holder(1).partialDecryption(ceremony.voutputs.get(0).privateKey(), other, 1);
        assertThrows(InvalidMessageException.class, () -> combine(List.of(p, partials.get(1))));
        // Another holder's private key can't be used.
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> ceremony.holder(1).partialDecryption(ceremony.voutputs.get(1).privateKey(), tally, 1));
        assertTrue(e.getMessage().startsWith("votre part de clé transmise par le serveur est refusée"), e.getMessage());
    }

    @Test
    void countsAreBoundedByTheBallots() {
        long[] fewer = {3, 9, 999};
        assertThrows(InvalidMessageException.class, () -> Decryption.combine(tally, partials,
                ceremony.parameters.verificationKeyPoints(), 2, fewer));
        long[] more = {3, 9, 1001};
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> Decryption.combine(tally, partials,
                ceremony.parameters.verificationKeyPoints(), 2, more));
        assertEquals("la question 2 totalise 1000 voix pour 1001 bulletins", e.getMessage());
    }

    @Test
    void lagrangeCoefficientsInterpolateAtZero() {
        // For f(z) = 7 + 5z: f(0) = Σ λ_z f(z) whatever the set.
        for (List<Integer> set : List.of(List.of(1, 2), List.of(1, 3), List.of(2, 3), List.of(1, 2, 3))) {
            BigInteger sum = BigInteger.ZERO;
            for (int z : set) {
                sum = sum.add(Decryption.lagrange(z, set).multiply(BigInteger.valueOf(7 + 5L * z)));
            }
            assertEquals(BigInteger.valueOf(7), sum.mod(Group.Q), set.toString());
        }
    }
}
