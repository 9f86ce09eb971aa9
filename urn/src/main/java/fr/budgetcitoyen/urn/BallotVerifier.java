package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.WNafUtil;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;

/**
 * Checks a ballot against its election (README « Checking a ballot »): its shape, then every proof's hash
 * from the published commitments, then all the {@code 4n + 2} proof equations at once.
 * Thread-safe: the board verifier calls it from every core.
 */
public final class BallotVerifier {

    /** Bits of each batch weight δ: a forged ballot passes with probability at most 2^-128. */
    private static final int DELTA_BYTES = 16;
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);

    static {
        // G is in every batch: give it BouncyCastle's widest wNAF table once (y gets it in Election).
        WNafUtil.configureBasepoint(Group.G);
    }

    private BallotVerifier() {
    }

    /** Checks the ballot; throws, in French, the first thing that fails. */
    public static void check(Election election, Ballot ballot) {
        Checked checked = new Checked(election, ballot);
        if (!checked.batch()) {
            checked.oneByOne();
            throw new InvalidMessageException("bulletin : les preuves ne vérifient pas");
        }
    }

    /** The same verdict as {@link #check}, each equation with its own multiplications (slower; for tests). */
    public static void checkOneByOne(Election election, Ballot ballot) {
        new Checked(election, ballot).oneByOne();
    }

    public static boolean isValid(Election election, Ballot ballot) {
        try {
            check(election, ballot);
            return true;
        } catch (InvalidMessageException e) {
            return false;
        }
    }

    /** A ballot whose shape and hashes are checked, ready for its equations. */
    private static final class Checked {
        private final Ballot ballot;
        private final List<String> answers;
        private final ECPoint y;
        private final int n;
        private final ECPoint sumAlpha;
        private final ECPoint sumBeta;

        Checked(Election election, Ballot ballot) {
            this.ballot = ballot;
            this.y = election.publicKey();
            if (!election.fingerprint().equals(ballot.electionHash())) {
                throw new InvalidMessageException("bulletin d'une autre élection (empreinte "
                        + Group.abbreviate(ballot.electionHash()) + " au lieu de " + election.fingerprint() + ")");
            }
            if (ballot.question() < 0 || ballot.question() >= election.questions().size()) {
                throw new InvalidMessageException("bulletin pour une question inexistante (" + ballot.question() + ")");
            }
            answers = election.question(ballot.question()).answers();
            n = answers.size();
            if (ballot.choices().size() != n || ballot.individualProofs().size() != n) {
                throw new InvalidMessageException("bulletin : " + n + " chiffrés et " + n + " preuves individuelles"
                        + " attendus (un par projet), " + ballot.choices().size() + " et "
                        + ballot.individualProofs().size() + " reçus");
            }
            if (ballot.overallProof().size() != BallotEncryptor.EXACTLY_ONE.length) {
                throw new InvalidMessageException("bulletin : une preuve globale attendue");
            }
            Pseudonyms.require(ballot.pseudonym());
            ECPoint alphas = Group.identity();
            ECPoint betas = Group.identity();
            for (int k = 0; k < n; k++) {
                Ciphertext c = ballot.choices().get(k);
                if (ballot.individualProofs().get(k).size() != BallotEncryptor.ZERO_OR_ONE.length) {
                    throw new InvalidMessageException(project(k) + " : deux branches de preuve attendues");
                }
                if (!usable(c.alpha()) || !usable(c.beta())) {
                    throw new InvalidMessageException(project(k) + " : point invalide");
                }
                alphas = alphas.add(c.alpha());
                betas = betas.add(c.beta());
            }
            sumAlpha = alphas.normalize();
            sumBeta = betas.normalize();
            if (sumAlpha.isInfinity() || sumBeta.isInfinity()) {
                throw new InvalidMessageException("bulletin : la somme des chiffrés est nulle");
            }
            String context = BallotEncryptor.context(election, ballot.pseudonym(), ballot.question());
            for (int k = 0; k < n; k++) {
                Ciphertext c = ballot.choices().get(k);
                if (!hashHolds(context, c.alpha(), c.beta(), ballot.individualProofs().get(k))) {
                    throw new InvalidMessageException("défi de la preuve individuelle du " + project(k)
                            + " incohérent");
                }
            }
            if (!hashHolds(context, sumAlpha, sumBeta, ballot.overallProof())) {
                throw new InvalidMessageException("défi de la preuve globale incohérent");
            }
        }

        private String project(int k) {
            return "projet « " + answers.get(k) + " » (réponse " + (k + 1) + " sur " + n + ")";
        }

        /** The Fiat–Shamir check: the hash of the published commitments is the sum of the challenges. */
        private static boolean hashHolds(String context, ECPoint alpha, ECPoint beta, List<Proof> proofs) {
            ECPoint[] a = new ECPoint[proofs.size()];
            ECPoint[] b = new ECPoint[proofs.size()];
            BigInteger sum = BigInteger.ZERO;
            for (int j = 0; j < proofs.size(); j++) {
                Proof p = proofs.get(j);
                if (!usable(p.commitmentA()) || !usable(p.commitmentB())) {
                    throw new InvalidMessageException("bulletin : engagement invalide");
                }
                scalar(p.challenge());
                scalar(p.response());
                a[j] = p.commitmentA();
                b[j] = p.commitmentB();
                sum = sum.add(p.challenge());
            }
            return BallotEncryptor.challenge(context, alpha, beta, a, b).equals(sum.mod(Group.Q));
        }

        /**
         * Bellare–Garay–Rabin's small exponents test (EUROCRYPT 1998): the equations
         * {@code s·G − c·α − A = 0} and {@code s·y − c·(β − M·G) − B = 0} of every branch are weighted by
         * independent random 128-bit δ, the coefficients of each distinct point (G, y, each α_k, β_k, each
         * commitment) are summed, and one multi-scalar multiplication must give the point at infinity. The
         * overall proof's (Σα, Σβ) is not a point of the ballot: its coefficients go to every α_k, β_k.
         */
        boolean batch() {
            List<List<Proof>> individual = ballot.individualProofs();
            Proof overall = ballot.overallProof().get(0);
            int equations = 4 * n + 2;
            byte[] random = new byte[DELTA_BYTES * equations];
            RANDOM.get().nextBytes(random);
            int next = 0;

            ECPoint[] points = new ECPoint[2 + 2 * n + 4 * n + 2];
            BigInteger[] coefficients = new BigInteger[points.length];
            points[0] = Group.G;
            points[1] = y;
            BigInteger g = BigInteger.ZERO;
            BigInteger yCoefficient = BigInteger.ZERO;
            int at = 2 + 2 * n;

            // The overall proof first: its α and β coefficients are shared by every ciphertext.
            BigInteger da = delta(random, next++);
            BigInteger db = delta(random, next++);
            BigInteger c = overall.challenge();
            BigInteger s = overall.response();
            g = g.add(da.multiply(s)).add(db.multiply(c)); // M = 1: + c·M·G in the B equation
            yCoefficient = yCoefficient.add(db.multiply(s));
            BigInteger sharedAlpha = da.multiply(c).negate();
            BigInteger sharedBeta = db.multiply(c).negate();
            points[at] = overall.commitmentA();
            coefficients[at++] = da.negate();
            points[at] = overall.commitmentB();
            coefficients[at++] = db.negate();

            for (int k = 0; k < n; k++) {
                Ciphertext ct = ballot.choices().get(k);
                BigInteger alpha = sharedAlpha;
                BigInteger beta = sharedBeta;
                for (int j = 0; j < BallotEncryptor.ZERO_OR_ONE.length; j++) {
                    Proof p = individual.get(k).get(j);
                    da = delta(random, next++);
                    db = delta(random, next++);
                    c = p.challenge();
                    s = p.response();
                    g = g.add(da.multiply(s));
                    if (BallotEncryptor.ZERO_OR_ONE[j] != 0) {
                        g = g.add(db.multiply(c).multiply(BigInteger.valueOf(BallotEncryptor.ZERO_OR_ONE[j])));
                    }
                    yCoefficient = yCoefficient.add(db.multiply(s));
                    alpha = alpha.subtract(da.multiply(c));
                    beta = beta.subtract(db.multiply(c));
                    points[at] = p.commitmentA();
                    coefficients[at++] = da.negate();
                    points[at] = p.commitmentB();
                    coefficients[at++] = db.negate();
                }
                points[2 + k] = ct.alpha();
                coefficients[2 + k] = alpha.mod(Group.Q);
                points[2 + n + k] = ct.beta();
                coefficients[2 + n + k] = beta.mod(Group.Q);
            }
            coefficients[0] = g.mod(Group.Q);
            coefficients[1] = yCoefficient.mod(Group.Q);
            // Negative 128-bit weights stay short: BouncyCastle negates the point, not the scalar.
            return ECAlgorithms.sumOfMultiplies(points, coefficients).isInfinity();
        }

        /** Each equation alone, in the ballot's order; throws naming the first that fails. */
        void oneByOne() {
            for (int k = 0; k < n; k++) {
                Ciphertext ct = ballot.choices().get(k);
                int branch = branchFailing(ct.alpha(), ct.beta(), ballot.individualProofs().get(k),
                        BallotEncryptor.ZERO_OR_ONE);
                if (branch >= 0) {
                    throw new InvalidMessageException("preuve individuelle du " + project(k) + " invalide (branche "
                            + branch + ")");
                }
            }
            if (branchFailing(sumAlpha, sumBeta, ballot.overallProof(), BallotEncryptor.EXACTLY_ONE) >= 0) {
                throw new InvalidMessageException("preuve globale invalide : le bulletin ne choisit pas exactement"
                        + " un projet");
            }
        }

        private int branchFailing(ECPoint alpha, ECPoint beta, List<Proof> proofs, int[] messages) {
            for (int j = 0; j < messages.length; j++) {
                Proof p = proofs.get(j);
                BigInteger minusC = Group.Q.subtract(p.challenge());
                ECPoint a = ECAlgorithms.sumOfTwoMultiplies(Group.G, p.response(), alpha, minusC);
                ECPoint b = ECAlgorithms.sumOfTwoMultiplies(y, p.response(),
                        BallotEncryptor.minusMessage(beta, messages[j]), minusC);
                if (!a.equals(p.commitmentA()) || !b.equals(p.commitmentB())) {
                    return j;
                }
            }
            return -1;
        }

        private static BigInteger delta(byte[] random, int index) {
            byte[] bytes = new byte[DELTA_BYTES];
            System.arraycopy(random, index * DELTA_BYTES, bytes, 0, DELTA_BYTES);
            BigInteger d = new BigInteger(1, bytes);
            return d.signum() == 0 ? BigInteger.ONE : d;
        }

        /** On P-256, not the point at infinity (parsed points are; points built in memory may not be). */
        private static boolean usable(ECPoint p) {
            return p != null && p.getCurve() == Group.CURVE && !p.isInfinity() && p.isValid();
        }

        private static void scalar(BigInteger k) {
            if (k == null || k.signum() < 0 || k.compareTo(Group.Q) >= 0) {
                throw new InvalidMessageException("bulletin : nombre hors de l'intervalle [0, q)");
            }
        }
    }
}
