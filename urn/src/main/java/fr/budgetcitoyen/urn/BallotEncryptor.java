package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Encrypts a choice of one project in a question (README « A ballot »), drawing the randomness in exactly
 * the README's order so that the shared vectors replay it in Java and in the browser.
 */
public final class BallotEncryptor {

    /** The messages an individual proof allows: 0 or 1. */
    static final int[] ZERO_OR_ONE = {0, 1};
    /** The messages the overall proof allows, {@code min..max = 1..1}. */
    static final int[] EXACTLY_ONE = {1};

    private BallotEncryptor() {
    }

    public static EncryptedBallot encrypt(Election election, int question, int choice, String pseudonym,
                                          Randomness randomness) {
        if (question < 0 || question >= election.questions().size()) {
            throw new IllegalArgumentException("no question " + question + " in this election");
        }
        int n = election.question(question).answers().size();
        if (choice < 0 || choice >= n) {
            throw new IllegalArgumentException("no answer " + choice + " in question " + question);
        }
        Pseudonyms.require(pseudonym);
        ECPoint y = election.publicKey();
        String context = context(election, pseudonym, question);

        List<Ciphertext> choices = new ArrayList<>(n);
        List<List<Proof>> proofs = new ArrayList<>(n);
        List<BigInteger> nonces = new ArrayList<>(n);
        BigInteger sumR = BigInteger.ZERO;
        ECPoint sumAlpha = Group.identity();
        ECPoint sumBeta = Group.identity();
        for (int k = 0; k < n; k++) {
            int m = k == choice ? 1 : 0;
            BigInteger r = randomness.next();
            ECPoint alpha = Group.mulG(r);
            ECPoint ry = Group.mul(y, r);
            ECPoint beta = m == 1 ? Group.add(ry, Group.G) : ry;
            choices.add(new Ciphertext(alpha, beta));
            proofs.add(prove(context, y, alpha, beta, r, m, ZERO_OR_ONE, randomness));
            nonces.add(r);
            sumR = sumR.add(r);
            sumAlpha = sumAlpha.add(alpha);
            sumBeta = sumBeta.add(beta);
        }
        List<Proof> overall = prove(context, y, sumAlpha.normalize(), sumBeta.normalize(), sumR.mod(Group.Q), 0,
                EXACTLY_ONE, randomness);
        Ballot ballot = new Ballot(election.fingerprint(), question, pseudonym, choices, proofs, overall);
        return new EncryptedBallot(ballot, nonces);
    }

    /**
     * Belenios' {@code iprove} (§4.9): a proof that {@code (alpha, beta)}, encrypted with nonce {@code r},
     * holds {@code messages[index]}; the other branches are simulated.
     */
    static List<Proof> prove(String context, ECPoint y, ECPoint alpha, ECPoint beta, BigInteger r, int index,
                             int[] messages, Randomness randomness) {
        int len = messages.length;
        BigInteger[] c = new BigInteger[len];
        BigInteger[] s = new BigInteger[len];
        ECPoint[] a = new ECPoint[len];
        ECPoint[] b = new ECPoint[len];
        BigInteger others = BigInteger.ZERO;
        for (int j = 0; j < len; j++) {
            if (j == index) {
                continue;
            }
            c[j] = randomness.next();
            s[j] = randomness.next();
            a[j] = Group.mulAdd(s[j], alpha, c[j].negate());
            b[j] = ECAlgorithms.sumOfTwoMultiplies(y, s[j], minusMessage(beta, messages[j]),
                    Group.Q.subtract(c[j])).normalize();
            others = others.add(c[j]);
        }
        BigInteger w = randomness.next();
        a[index] = Group.mulG(w);
        b[index] = Group.mul(y, w);
        BigInteger challenge = challenge(context, alpha, beta, a, b);
        c[index] = challenge.subtract(others).mod(Group.Q);
        s[index] = w.add(r.multiply(c[index])).mod(Group.Q);
        List<Proof> proofs = new ArrayList<>(len);
        for (int j = 0; j < len; j++) {
            proofs.add(new Proof(a[j], b[j], c[j], s[j]));
        }
        return proofs;
    }

    /** {@code beta − M·G}. */
    static ECPoint minusMessage(ECPoint beta, int message) {
        return message == 0 ? beta : beta.subtract(Group.mulG(BigInteger.valueOf(message))).normalize();
    }

    /**
     * The proofs' context S: the fingerprint, the pseudonym and the question (deviation 2: Belenios has the
     * credential), so that a proof holds for one election, one voter and one category only.
     */
    static String context(Election election, String pseudonym, int question) {
        return election.fingerprint() + "|" + pseudonym + "|" + question;
    }

    /** {@code H("prove|" + S + "|" + α + "," + β + "|" + A_0 + "," + B_0 + "," + … + A_k + "," + B_k)}. */
    static BigInteger challenge(String context, ECPoint alpha, ECPoint beta, ECPoint[] a, ECPoint[] b) {
        StringBuilder in = new StringBuilder(16 + context.length() + 68 * (2 + 2 * a.length));
        in.append("prove|").append(context).append('|')
                .append(Group.encode(alpha)).append(',').append(Group.encode(beta)).append('|');
        for (int j = 0; j < a.length; j++) {
            if (j > 0) {
                in.append(',');
            }
            in.append(Group.encode(a[j])).append(',').append(Group.encode(b[j]));
        }
        return Group.hashToScalar(in.toString());
    }
}
