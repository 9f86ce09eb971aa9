package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The encrypted tally (Belenios §4.13): per question, per answer, the sum of the ballots' ciphertexts.
 * Sums accumulate in BouncyCastle's projective coordinates (no field inversion per addition) and are
 * normalised once, when read. A question without any ballot has no encodable sum (the point at infinity):
 * it is published as an empty list {@code []}. Not thread-safe: sum in parts and {@link #add(EncryptedTally)}.
 */
public final class EncryptedTally {

    private final int[] answers;
    private final ECPoint[][] alpha;
    private final ECPoint[][] beta;

    /** An empty tally for this election's questions. */
    public EncryptedTally(Election election) {
        this(election.questions().stream().mapToInt(q -> q.answers().size()).toArray());
    }

    /** An empty tally with this many answers per question. */
    public EncryptedTally(int... answersPerQuestion) {
        answers = answersPerQuestion.clone();
        alpha = new ECPoint[answers.length][];
        beta = new ECPoint[answers.length][];
        for (int k = 0; k < answers.length; k++) {
            alpha[k] = new ECPoint[answers[k]];
            beta[k] = new ECPoint[answers[k]];
            Arrays.fill(alpha[k], Group.identity());
            Arrays.fill(beta[k], Group.identity());
        }
    }

    public int questions() {
        return answers.length;
    }

    /** Adds a (verified) ballot's ciphertexts to its question. */
    public void add(Ballot ballot) {
        add(ballot.question(), ballot.choices());
    }

    public void add(int question, List<Ciphertext> ciphertexts) {
        add(question, ciphertexts.toArray(new Ciphertext[0]));
    }

    public void add(int question, Ciphertext... ciphertexts) {
        checkSize(question, ciphertexts.length);
        for (int a = 0; a < ciphertexts.length; a++) {
            alpha[question][a] = alpha[question][a].add(ciphertexts[a].alpha());
            beta[question][a] = beta[question][a].add(ciphertexts[a].beta());
        }
    }

    /** Adds a ballot's ciphertexts in their stored binary form ({@link Ciphertext#pack}); no JSON is read. */
    public void add(int question, byte[] packed) {
        if (packed == null || packed.length % Ciphertext.BYTES != 0) {
            throw new InvalidMessageException("chiffrés binaires : un multiple de " + Ciphertext.BYTES + " octets attendu");
        }
        checkSize(question, packed.length / Ciphertext.BYTES);
        for (int a = 0, at = 0; a < answers[question]; a++, at += Ciphertext.BYTES) {
            alpha[question][a] = alpha[question][a].add(Ciphertext.point(packed, at));
            beta[question][a] = beta[question][a].add(Ciphertext.point(packed, at + Ciphertext.POINT_BYTES));
        }
    }

    /** Adds another partial sum of the same election (to sum on several threads). */
    public void add(EncryptedTally other) {
        if (!Arrays.equals(answers, other.answers)) {
            throw new IllegalArgumentException("tallies of different elections");
        }
        for (int k = 0; k < answers.length; k++) {
            for (int a = 0; a < answers[k]; a++) {
                alpha[k][a] = alpha[k][a].add(other.alpha[k][a]);
                beta[k][a] = beta[k][a].add(other.beta[k][a]);
            }
        }
    }

    private void checkSize(int question, int count) {
        if (question < 0 || question >= answers.length) {
            throw new InvalidMessageException("question " + question + " inexistante");
        }
        if (count != answers[question]) {
            throw new InvalidMessageException("question " + question + " : " + answers[question]
                    + " chiffrés attendus, " + count + " reçus");
        }
    }

    /** Whether no ballot was added to this question: its sums are all the point at infinity. */
    public boolean isEmpty(int question) {
        for (int a = 0; a < answers[question]; a++) {
            if (!alpha[question][a].isInfinity() || !beta[question][a].isInfinity()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sums, normalised (one field inversion for all, by Montgomery's trick), question by question;
     * an empty list for a question without any ballot, as published.
     */
    public List<List<Ciphertext>> ciphertexts() {
        normalize();
        List<List<Ciphertext>> out = new ArrayList<>(answers.length);
        for (int k = 0; k < answers.length; k++) {
            List<Ciphertext> question = new ArrayList<>(answers[k]);
            if (!isEmpty(k)) {
                for (int a = 0; a < answers[k]; a++) {
                    if (alpha[k][a].isInfinity() || beta[k][a].isInfinity()) {
                        // Probability 2^-256 unless every voter of the question colludes: nothing to publish.
                        throw new IllegalStateException("a tally sum is the point at infinity (question " + k + ")");
                    }
                    question.add(new Ciphertext(alpha[k][a], beta[k][a]));
                }
            }
            out.add(List.copyOf(question));
        }
        return List.copyOf(out);
    }

    private void normalize() {
        List<ECPoint> finite = new ArrayList<>();
        for (int k = 0; k < answers.length; k++) {
            for (int a = 0; a < answers[k]; a++) {
                if (!alpha[k][a].isInfinity()) {
                    finite.add(alpha[k][a]);
                }
                if (!beta[k][a].isInfinity()) {
                    finite.add(beta[k][a]);
                }
            }
        }
        ECPoint[] points = finite.toArray(new ECPoint[0]);
        Group.CURVE.normalizeAll(points);
        int i = 0;
        for (int k = 0; k < answers.length; k++) {
            for (int a = 0; a < answers[k]; a++) {
                if (!alpha[k][a].isInfinity()) {
                    alpha[k][a] = points[i++];
                }
                if (!beta[k][a].isInfinity()) {
                    beta[k][a] = points[i++];
                }
            }
        }
    }

    /** {@code [[{"alpha","beta"}…]…]}, one list per question, {@code []} for a question without ballots. */
    public List<Object> toJson() {
        List<Object> json = new ArrayList<>();
        for (List<Ciphertext> question : ciphertexts()) {
            json.add(new ArrayList<Object>(question.stream().map(Ciphertext::toJson).toList()));
        }
        return json;
    }

    public String json() {
        return Json.write(toJson());
    }

    public static EncryptedTally parse(String json, Election election) {
        return fromJson(Json.parse(json), election);
    }

    /** Reads a published tally of this election: per question, {@code []} or one ciphertext per answer. */
    public static EncryptedTally fromJson(Object json, Election election) {
        EncryptedTally tally = new EncryptedTally(election);
        List<Object> questions = Fields.size(Json.asArray(json, "décompte chiffré"), "décompte chiffré",
                tally.answers.length, tally.answers.length);
        for (int k = 0; k < questions.size(); k++) {
            String what = "décompte chiffré, question " + k;
            List<Object> question = Json.asArray(questions.get(k), what);
            if (question.isEmpty()) {
                continue;
            }
            Fields.size(question, what, tally.answers[k], tally.answers[k]);
            for (int a = 0; a < question.size(); a++) {
                Ciphertext c = Ciphertext.fromJson(question.get(a), what + ", réponse " + a);
                tally.alpha[k][a] = c.alpha();
                tally.beta[k][a] = c.beta();
            }
        }
        return tally;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EncryptedTally other) || !Arrays.equals(answers, other.answers)) {
            return false;
        }
        for (int k = 0; k < answers.length; k++) {
            for (int a = 0; a < answers[k]; a++) {
                if (!alpha[k][a].equals(other.alpha[k][a]) || !beta[k][a].equals(other.beta[k][a])) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(answers);
    }

    @Override
    public String toString() {
        return json();
    }
}
