package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The final decryption of the tally (Belenios' specification §4.14): with the partial decryptions of a set
 * {@code I} of at least {@code t} holders, each checked against its verification key,
 * {@code F = Σ_{z∈I} λ_z·factor_z} with the Lagrange coefficients at 0,
 * {@code λ_z = Π_{k∈I∖{z}} k/(k−z) mod q}, so that {@code F = (Σ_i a_i0)·α} although no one ever holds
 * {@code Σ_i a_i0}; the count is {@code log_G(β − F)}, below the number of ballots.
 */
public final class Decryption {

    private Decryption() {
    }

    /** As {@link #combine(List, List, List, int, long[])}, for the tally's published sums. */
    public static long[][] combine(EncryptedTally tally, List<PartialDecryption> partials,
                                   List<ECPoint> verificationKeys, int threshold, long[] numTallied) {
        return combine(tally.ciphertexts(), partials, verificationKeys, threshold, numTallied);
    }

    /**
     * The counts {@code result[k][a]} of answer {@code a} of question {@code k}; for a question that got no
     * ballot (published as {@code []}) an empty array, mirroring the tally.
     *
     * @param tally            the encrypted tally, question by question, answer by answer
     * @param partials         partial decryptions of at least {@code threshold} distinct holders
     * @param verificationKeys every holder's verification key, holder {@code z} at index {@code z − 1}
     * @param threshold        {@code t}, the number of holders needed
     * @param numTallied       the number of ballots summed into each question: bounds the counts, and is
     *                         their sum, since each ballot weighs exactly one answer ({@code min = max = 1})
     */
    public static long[][] combine(List<List<Ciphertext>> tally, List<PartialDecryption> partials,
                                   List<ECPoint> verificationKeys, int threshold, long[] numTallied) {
        KeyCeremony.checkThreshold(threshold, verificationKeys.size());
        if (numTallied.length != tally.size()) {
            throw new InvalidMessageException("un nombre de bulletins par question attendu");
        }
        Map<Integer, PartialDecryption> byTrustee = new TreeMap<>();
        for (PartialDecryption partial : partials) {
            KeyCeremony.checkPosition(partial.trustee(), verificationKeys.size());
            if (byTrustee.put(partial.trustee(), partial) != null) {
                throw new InvalidMessageException("deux décryptions partielles du détenteur " + partial.trustee());
            }
        }
        if (byTrustee.size() < threshold) {
            throw new InvalidMessageException("il faut les décryptions partielles d'au moins " + threshold
                    + " détenteurs pour ouvrir l'urne, il y en a " + byTrustee.size());
        }
        for (PartialDecryption partial : byTrustee.values()) {
            partial.verify(verificationKeys.get(partial.trustee() - 1), tally);
        }

        List<Integer> set = new ArrayList<>(byTrustee.keySet());
        BigInteger[] lambdas = new BigInteger[set.size()];
        for (int i = 0; i < set.size(); i++) {
            lambdas[i] = lagrange(set.get(i), set);
        }
        long maxBound = 0;
        for (long n : numTallied) {
            if (n < 0) {
                throw new InvalidMessageException("nombre de bulletins négatif");
            }
            maxBound = Math.max(maxBound, n);
        }
        DiscreteLog log = new DiscreteLog(maxBound);

        long[][] result = new long[tally.size()][];
        for (int k = 0; k < tally.size(); k++) {
            List<Ciphertext> question = tally.get(k);
            result[k] = new long[question.size()];
            long sum = 0;
            for (int a = 0; a < question.size(); a++) {
                ECPoint[] factors = new ECPoint[set.size()];
                for (int i = 0; i < set.size(); i++) {
                    factors[i] = byTrustee.get(set.get(i)).factors().get(k).get(a);
                }
                ECPoint f = ECAlgorithms.sumOfMultiplies(factors, lambdas);
                ECPoint m = question.get(a).beta().subtract(f).normalize();
                long count = log.find(m).orElse(-1);
                if (count < 0 || count > numTallied[k]) {
                    throw new InvalidMessageException("la question " + k + ", réponse " + a
                            + ", ne se déchiffre pas en un nombre entre 0 et " + numTallied[k] + " (bulletins comptés)");
                }
                result[k][a] = count;
                sum += count;
            }
            if (question.isEmpty() && numTallied[k] != 0) {
                throw new InvalidMessageException("la question " + k + " n'a aucun bulletin chiffré, mais "
                        + numTallied[k] + " bulletins comptés");
            }
            if (!question.isEmpty() && sum != numTallied[k]) {
                throw new InvalidMessageException("la question " + k + " totalise " + sum + " voix pour "
                        + numTallied[k] + " bulletins");
            }
        }
        return result;
    }

    /** {@code λ_z = Π_{k∈I∖{z}} k/(k−z) mod q}: Lagrange's coefficient at 0 for {@code z} in {@code I}. */
    static BigInteger lagrange(int z, List<Integer> set) {
        BigInteger numerator = BigInteger.ONE;
        BigInteger denominator = BigInteger.ONE;
        for (int k : set) {
            if (k != z) {
                numerator = numerator.multiply(BigInteger.valueOf(k)).mod(Group.Q);
                denominator = denominator.multiply(BigInteger.valueOf(k - z)).mod(Group.Q);
            }
        }
        return numerator.multiply(denominator.modInverse(Group.Q)).mod(Group.Q);
    }
}
