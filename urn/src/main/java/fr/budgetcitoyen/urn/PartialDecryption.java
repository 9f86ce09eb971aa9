package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A key holder's share of the decryption of the encrypted tally (Belenios' specification §4.13,
 * {@code partial_decryption}): for each ciphertext {@code (α, β)}, the decryption factor {@code x_z·α} and
 * a Chaum–Pedersen proof that it uses the same {@code x_z} as the holder's verification key
 * {@code X_z = x_z·G}: random {@code w}, {@code A = w·G}, {@code B = w·α},
 * {@code c = H("decrypt|" + X_z + "|" + A + "," + B)}, {@code s = w + x_z·c}; verified by recomputing
 * {@code A = s·G − c·X_z}, {@code B = s·α − c·factor}.
 *
 * <p>{@code {"trustee":z,"decryption_factors":[[…]…],"decryption_proofs":[[{"challenge","response"}…]…]}},
 * question by question, answer by answer, as the tally. {@code trustee} is the holder's position, from 1.
 */
public record PartialDecryption(int trustee, List<List<ECPoint>> factors, List<List<FactorProof>> proofs) implements JsonMessage {

    /** The proof of one decryption factor: {@code {"challenge","response"}}. */
    public record FactorProof(BigInteger challenge, BigInteger response) {

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("challenge", Group.scalar(challenge));
            json.put("response", Group.scalar(response));
            return json;
        }

        static FactorProof fromJson(Object json) {
            Map<String, Object> in = Fields.object(json, "preuve de décryption", "challenge", "response");
            return new FactorProof(Group.scalar(Json.string(in, "challenge")), Group.scalar(Json.string(in, "response")));
        }
    }

    public PartialDecryption {
        factors = factors.stream().map(List::copyOf).toList();
        proofs = proofs.stream().map(List::copyOf).toList();
    }

    /** Holder {@code trustee}'s factors and proofs, with its share {@code x} of the decryption key. */
    static PartialDecryption compute(BigInteger x, int trustee, List<List<Ciphertext>> tally) {
        ECPoint publicKey = Group.mulG(x);
        List<List<ECPoint>> factors = new ArrayList<>();
        List<List<FactorProof>> proofs = new ArrayList<>();
        for (List<Ciphertext> question : tally) {
            List<ECPoint> f = new ArrayList<>();
            List<FactorProof> p = new ArrayList<>();
            for (Ciphertext ciphertext : question) {
                ECPoint alpha = ciphertext.alpha();
                BigInteger w = Group.randomScalar();
                ECPoint factor = Group.mul(alpha, x);
                BigInteger c = challenge(publicKey, alpha, factor, Group.mulG(w), Group.mul(alpha, w));
                f.add(factor);
                p.add(new FactorProof(c, w.add(x.multiply(c)).mod(Group.Q)));
            }
            factors.add(f);
            proofs.add(p);
        }
        return new PartialDecryption(trustee, factors, proofs);
    }

    /** As {@link #verify(ECPoint, List)}, for the tally's published sums. */
    public void verify(ECPoint verificationKey, EncryptedTally tally) {
        verify(verificationKey, tally.ciphertexts());
    }

    /**
     * Checks that this partial decryption is the right shape for {@code tally} (an empty list for a question
     * without ballots, as the published tally) and that every factor's proof holds against
     * {@code verificationKey}, the verification key published for holder {@link #trustee}.
     */
    public void verify(ECPoint verificationKey, List<List<Ciphertext>> tally) {
        String who = "la décryption partielle du détenteur " + trustee;
        if (factors.size() != tally.size() || proofs.size() != tally.size()) {
            throw new InvalidMessageException(who + " ne compte pas une liste par question");
        }
        for (int k = 0; k < tally.size(); k++) {
            List<Ciphertext> question = tally.get(k);
            if (factors.get(k).size() != question.size() || proofs.get(k).size() != question.size()) {
                throw new InvalidMessageException(who + " ne compte pas un facteur par réponse à la question " + k);
            }
            for (int a = 0; a < question.size(); a++) {
                ECPoint alpha = question.get(a).alpha();
                ECPoint factor = factors.get(k).get(a);
                FactorProof proof = proofs.get(k).get(a);
                BigInteger minusC = proof.challenge().negate().mod(Group.Q);
                BigInteger s = proof.response().mod(Group.Q);
                ECPoint commitmentA = Group.mulAdd(s, verificationKey, minusC);
                ECPoint commitmentB = org.bouncycastle.math.ec.ECAlgorithms
                        .sumOfTwoMultiplies(alpha, s, factor, minusC).normalize();
                if (commitmentA.isInfinity() || commitmentB.isInfinity()
                        || !challenge(verificationKey, alpha, factor, commitmentA, commitmentB).equals(proof.challenge())) {
                    throw new InvalidMessageException(who + " a une preuve fausse (question " + k + ", réponse " + a + ")");
                }
            }
        }
    }

    /**
     * Strong Fiat–Shamir: the statement (the ciphertext's alpha and the factor) is hashed with the
     * commitments. Belenios 1.5's {@code decrypt|X|A,B} leaves them out, which lets a holder prove a wrong
     * factor (D. Bernhard, O. Pereira, B. Warinschi, "How not to prove yourself", ASIACRYPT 2012); see the
     * deviations in urn/README.md.
     */
    private static BigInteger challenge(ECPoint publicKey, ECPoint alpha, ECPoint factor, ECPoint a, ECPoint b) {
        return Group.hashToScalar("decrypt|" + Group.encode(publicKey) + "|" + Group.encode(alpha) + ","
                + Group.encode(factor) + "|" + Group.encode(a) + "," + Group.encode(b));
    }

    public Map<String, Object> toJson() {
        List<Object> f = new ArrayList<>();
        for (List<ECPoint> question : factors) {
            f.add(new ArrayList<Object>(question.stream().map(Group::encode).toList()));
        }
        List<Object> p = new ArrayList<>();
        for (List<FactorProof> question : proofs) {
            p.add(new ArrayList<Object>(question.stream().map(FactorProof::toJson).toList()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("trustee", (long) trustee);
        json.put("decryption_factors", f);
        json.put("decryption_proofs", p);
        return json;
    }

    /** Reads the structure (points on the curve, scalars in range); {@link #verify} checks the proofs. */
    public static PartialDecryption fromJson(Object json) {
        Map<String, Object> in = Fields.object(json, "décryption partielle",
                "trustee", "decryption_factors", "decryption_proofs");
        int trustee = Fields.integer(in, "trustee", 1, KeyCeremony.MAX_HOLDERS);
        List<List<ECPoint>> factors = new ArrayList<>();
        for (Object question : Json.array(in, "decryption_factors")) {
            List<ECPoint> f = new ArrayList<>();
            for (Object factor : Json.asArray(question, "facteurs de décryption")) {
                if (!(factor instanceof String hex)) {
                    throw new InvalidMessageException("facteurs de décryption : points attendus");
                }
                f.add(Group.decode(hex));
            }
            factors.add(f);
        }
        List<List<FactorProof>> proofs = new ArrayList<>();
        for (Object question : Json.array(in, "decryption_proofs")) {
            List<FactorProof> p = new ArrayList<>();
            for (Object proof : Json.asArray(question, "preuves de décryption")) {
                p.add(FactorProof.fromJson(proof));
            }
            proofs.add(p);
        }
        return new PartialDecryption(trustee, factors, proofs);
    }

    public static PartialDecryption parse(String serialized) {
        return fromJson(Json.parse(serialized));
    }

    /**
     * Reads a published encrypted tally {@code [[{"alpha","beta"}…]…]} without its election (a key holder's
     * tool has none): per question, {@code []} when it got no ballot, else one ciphertext per answer.
     */
    public static List<List<Ciphertext>> readTally(Object json) {
        List<Object> questions = Fields.size(Json.asArray(json, "décompte chiffré"), "décompte chiffré", 1,
                Election.MAX_QUESTIONS);
        List<List<Ciphertext>> tally = new ArrayList<>();
        for (int k = 0; k < questions.size(); k++) {
            String what = "décompte chiffré, question " + k;
            List<Object> question = Fields.size(Json.asArray(questions.get(k), what), what, 0, Election.MAX_ANSWERS);
            List<Ciphertext> ciphertexts = new ArrayList<>();
            for (int a = 0; a < question.size(); a++) {
                ciphertexts.add(Ciphertext.fromJson(question.get(a), what + ", réponse " + a));
            }
            tally.add(List.copyOf(ciphertexts));
        }
        return List.copyOf(tally);
    }
}
