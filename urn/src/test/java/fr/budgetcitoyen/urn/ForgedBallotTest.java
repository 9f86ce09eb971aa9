package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each way a voter or the server could cheat with a ballot is refused, the batch and the one-by-one checks alike. */
class ForgedBallotTest {

    private static final Election ELECTION = TestElection.withAnswers(3, 2);

    /**
     * A ballot whose ciphertext k encrypts {@code weights[k]}, with individual proofs made as if it held
     * {@code claimed[k]} and an overall proof made as if the sum held 1: honest only when they agree.
     */
    private static Ballot forge(Election election, int question, int[] weights, int[] claimed) {
        String pseudonym = Pseudonyms.random();
        String context = BallotEncryptor.context(election, pseudonym, question);
        ECPoint y = election.publicKey();
        List<Ciphertext> choices = new ArrayList<>();
        List<List<Proof>> proofs = new ArrayList<>();
        BigInteger sumR = BigInteger.ZERO;
        ECPoint sumAlpha = Group.identity();
        ECPoint sumBeta = Group.identity();
        for (int k = 0; k < weights.length; k++) {
            BigInteger r = Group.randomScalar();
            ECPoint alpha = Group.mulG(r);
            ECPoint beta = Group.mul(y, r).add(Group.mulG(BigInteger.valueOf(weights[k]))).normalize();
            choices.add(new Ciphertext(alpha, beta));
            proofs.add(BallotEncryptor.prove(context, y, alpha, beta, r, claimed[k], BallotEncryptor.ZERO_OR_ONE,
                    Randomness.secure()));
            sumR = sumR.add(r);
            sumAlpha = sumAlpha.add(alpha);
            sumBeta = sumBeta.add(beta);
        }
        List<Proof> overall = BallotEncryptor.prove(context, y, sumAlpha.normalize(), sumBeta.normalize(),
                sumR.mod(Group.Q), 0, BallotEncryptor.EXACTLY_ONE, Randomness.secure());
        return new Ballot(election.fingerprint(), question, pseudonym, choices, proofs, overall);
    }

    private static Ballot valid() {
        return BallotEncryptor.encrypt(ELECTION, 0, 1, Pseudonyms.random(), Randomness.secure()).ballot();
    }

    /** Both checks refuse it with the same words; returns them. */
    private static String refused(Ballot ballot) {
        InvalidMessageException batch = assertThrows(InvalidMessageException.class,
                () -> BallotVerifier.check(ELECTION, ballot));
        InvalidMessageException oneByOne = assertThrows(InvalidMessageException.class,
                () -> BallotVerifier.checkOneByOne(ELECTION, ballot));
        assertEquals(oneByOne.getMessage(), batch.getMessage());
        assertTrue(!BallotVerifier.isValid(ELECTION, ballot));
        return batch.getMessage();
    }

    private static Ballot withChoice(Ballot b, int k, UnaryOperator<Ciphertext> change) {
        List<Ciphertext> choices = new ArrayList<>(b.choices());
        choices.set(k, change.apply(choices.get(k)));
        return new Ballot(b.electionHash(), b.question(), b.pseudonym(), choices, b.individualProofs(), b.overallProof());
    }

    private static Ballot withProof(Ballot b, int k, int branch, UnaryOperator<Proof> change) {
        List<List<Proof>> proofs = new ArrayList<>(b.individualProofs());
        List<Proof> pair = new ArrayList<>(proofs.get(k));
        pair.set(branch, change.apply(pair.get(branch)));
        proofs.set(k, pair);
        return new Ballot(b.electionHash(), b.question(), b.pseudonym(), b.choices(), proofs, b.overallProof());
    }

    @Test
    void aBallotMovedToAnotherCategoryOfTheSameSizeNoLongerVerifies() {
        Election election = TestElection.withAnswers(3, 3);
        Ballot ballot = BallotEncryptor.encrypt(election, 0, 1, Pseudonyms.random(), Randomness.secure()).ballot();
        assertDoesNotThrow(() -> BallotVerifier.check(election, ballot));
        Ballot moved = new Ballot(ballot.electionHash(), 1, ballot.pseudonym(), ballot.choices(), ballot.individualProofs(),
                ballot.overallProof());
        assertThrows(InvalidMessageException.class, () -> BallotVerifier.check(election, moved),
                "the proofs bind the question: a board writer cannot move a ballot between categories");
        assertThrows(InvalidMessageException.class, () -> BallotVerifier.checkOneByOne(election, moved));
    }

    @Test
    void honestBallotsPassBothChecks() {
        for (int[] w : new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}) {
            Ballot ballot = forge(ELECTION, 0, w, w);
            assertDoesNotThrow(() -> BallotVerifier.check(ELECTION, ballot));
            assertDoesNotThrow(() -> BallotVerifier.checkOneByOne(ELECTION, ballot));
        }
    }

    @Test
    void aCiphertextOfTwoProvenAsIfOne() {
        String why = refused(forge(ELECTION, 0, new int[] {2, 0, 0}, new int[] {1, 0, 0}));
        assertTrue(why.startsWith("preuve individuelle du projet « p1 » (réponse 1 sur 3) invalide"), why);
    }

    @Test
    void twoPlusMinusOneStillFailsItsIndividualProofs() {
        String why = refused(forge(ELECTION, 0, new int[] {0, 2, -1}, new int[] {0, 1, 0}));
        assertTrue(why.startsWith("preuve individuelle du projet « p2 »"), why);
    }

    @Test
    void twoProjectsAtOnce() {
        String why = refused(forge(ELECTION, 0, new int[] {1, 1, 0}, new int[] {1, 1, 0}));
        assertTrue(why.startsWith("preuve globale invalide"), why);
    }

    @Test
    void noProjectAtAll() {
        String why = refused(forge(ELECTION, 0, new int[] {0, 0, 0}, new int[] {0, 0, 0}));
        assertTrue(why.startsWith("preuve globale invalide"), why);
    }

    @Test
    void aProofReplayedUnderAnotherPseudonym() {
        Ballot b = valid();
        String why = refused(new Ballot(b.electionHash(), b.question(), Pseudonyms.random(), b.choices(),
                b.individualProofs(), b.overallProof()));
        assertTrue(why.startsWith("défi de la preuve individuelle du projet « p1 »"), why);
    }

    @Test
    void aBallotOfAnotherElection() {
        Election other = TestElection.named("other-uuid", 3, 2);
        Ballot b = BallotEncryptor.encrypt(other, 0, 1, Pseudonyms.random(), Randomness.secure()).ballot();
        assertTrue(refused(b).startsWith("bulletin d'une autre élection"));
        // Relabelled for this election, its proofs no longer hold: they are bound to the fingerprint.
        String why = refused(new Ballot(ELECTION.fingerprint(), b.question(), b.pseudonym(), b.choices(),
                b.individualProofs(), b.overallProof()));
        assertTrue(why.startsWith("défi de la preuve individuelle"), why);
    }

    @Test
    void aChangedCiphertext() {
        String why = refused(withChoice(valid(), 2, c -> new Ciphertext(c.alpha(), c.beta().add(Group.G).normalize())));
        assertTrue(why.startsWith("défi de la preuve individuelle du projet « p3 »"), why);
        // Both points shifted along with the sum: the hashes break again.
        assertTrue(refused(withChoice(valid(), 0, c -> new Ciphertext(c.beta(), c.alpha()))).startsWith("défi"));
    }

    @Test
    void aChangedResponseFailsItsEquationAlthoughTheHashHolds() {
        String why = refused(withProof(valid(), 1, 0, p -> new Proof(p.commitmentA(), p.commitmentB(), p.challenge(),
                p.response().add(BigInteger.ONE).mod(Group.Q))));
        assertEquals("preuve individuelle du projet « p2 » (réponse 2 sur 3) invalide (branche 0)", why);
    }

    @Test
    void aScalarOutsideTheGroupOrder() {
        Ballot b = valid();
        Proof p = b.individualProofs().get(0).get(0);
        String json = b.json().replace("\"challenge\":\"" + p.challenge() + "\"", "\"challenge\":\"" + Group.Q + "\"");
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> Ballot.parse(json));
        assertTrue(e.getMessage().contains("[0, q)"), e.getMessage());
        // Built in memory, it is refused by the verifier too.
        assertTrue(refused(withProof(b, 0, 0, q -> new Proof(q.commitmentA(), q.commitmentB(),
                q.challenge().add(Group.Q), q.response()))).contains("[0, q)"));
    }

    @Test
    void aPointNotOnTheCurve() {
        Ballot b = valid();
        String alpha = Group.encode(b.choices().get(0).alpha());
        // The same x with another y: only y and −y are on the curve.
        char last = alpha.charAt(alpha.length() - 1);
        String offCurve = alpha.substring(0, alpha.length() - 1) + (last == '0' ? '1' : '0');
        String json = b.json().replace(alpha, offCurve);
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> Ballot.parse(json));
        assertTrue(e.getMessage().contains("hors de la courbe"), e.getMessage());
        assertThrows(InvalidMessageException.class, () -> Ballot.parse(b.json().replace(alpha, "00")));
        // The same point compressed is not the canonical encoding: refused before any square root.
        String compressed = org.bouncycastle.util.encoders.Hex.toHexString(b.choices().get(0).alpha().getEncoded(true));
        InvalidMessageException notCanonical = assertThrows(InvalidMessageException.class,
                () -> Ballot.parse(b.json().replace(alpha, compressed)));
        assertTrue(notCanonical.getMessage().contains("mal formé"), notCanonical.getMessage());
    }

    /** One ballot, one serialisation: whatever else denotes the same ballot is refused (the tracker hashes the bytes). */
    @Test
    void onlyTheCanonicalSerialisationIsAccepted() {
        Ballot b = valid();
        String json = b.json();
        assertEquals(b, Ballot.parse(json), "the canonical form is read back");
        String challenge = Group.scalar(b.overallProof().get(0).challenge());
        String pseudonym = b.pseudonym();
        for (String variant : List.of(
                json.replace(",\"question\":", ", \"question\":"),                       // a space
                json.replace("{\"alpha\":\"", " {\"alpha\":\""),                           // another space
                json.replaceFirst("\"alpha\":(\"[0-9a-f]+\"),\"beta\":(\"[0-9a-f]+\")", "\"beta\":$2,\"alpha\":$1"), // fields swapped
                json.replace("\"question\":0", "\"question\":0.0"),                        // another number
                json.replace("\"challenge\":\"" + challenge + "\"", "\"challenge\":\"0" + challenge + "\""), // a leading zero
                json.replace("\"pseudonym\":\"" + pseudonym, "\"pseudonym\":\"\\u00"
                        + Integer.toHexString(pseudonym.charAt(0)) + pseudonym.substring(1)),     // an escaped character
                json.replace(Group.encode(b.choices().get(0).alpha()), Group.encode(b.choices().get(0).alpha()).toUpperCase()))) {
            assertTrue(!variant.equals(json), "the variant differs");
            assertThrows(InvalidMessageException.class, () -> Ballot.parse(variant), variant.substring(0, 200));
        }
    }

    @Test
    void theWrongNumberOfChoices() {
        Ballot b = BallotEncryptor.encrypt(ELECTION, 1, 1, Pseudonyms.random(), Randomness.secure()).ballot();
        String why = refused(new Ballot(b.electionHash(), 0, b.pseudonym(), b.choices(), b.individualProofs(),
                b.overallProof()));
        assertTrue(why.contains("3 chiffrés"), why);
        assertTrue(refused(new Ballot(b.electionHash(), 2, b.pseudonym(), b.choices(), b.individualProofs(),
                b.overallProof())).contains("question inexistante"));
    }

    @Test
    void everyBranchOfEveryProofIsChecked() {
        Ballot b = BallotEncryptor.encrypt(ELECTION, 0, 0, Pseudonyms.random(), Randomness.secure()).ballot();
        for (int k = 0; k < 3; k++) {
            for (int branch = 0; branch < 2; branch++) {
                // Commitments are hashed: change both the commitment and nothing else, the hash catches it;
                // change the response, only the equation does.
                Ballot forged = withProof(b, k, branch, p -> new Proof(p.commitmentA(), p.commitmentB(),
                        p.challenge(), p.response().add(BigInteger.TWO).mod(Group.Q)));
                assertTrue(refused(forged).endsWith("(branche " + branch + ")"));
            }
        }
        Proof o = b.overallProof().get(0);
        Ballot forged = new Ballot(b.electionHash(), b.question(), b.pseudonym(), b.choices(), b.individualProofs(),
                List.of(new Proof(o.commitmentA(), o.commitmentB(), o.challenge(), o.response().add(BigInteger.ONE))));
        assertTrue(refused(forged).startsWith("preuve globale invalide"));
    }
}
