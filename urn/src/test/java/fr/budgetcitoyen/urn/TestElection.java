package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Elections whose decryption key the tests know ({@code y = x·G}, one holder), and a decryptor for them. */
final class TestElection {

    static final BigInteger SECRET = Group.hashToScalar("test|secret");
    static final ECPoint PUBLIC = Group.mulG(SECRET);

    private TestElection() {
    }

    /** Questions of these sizes; answers named "p1", "p2", … */
    static Election withAnswers(int... sizes) {
        return named("test-uuid", sizes);
    }

    static Election named(String uuid, int... sizes) {
        List<Election.Question> questions = new ArrayList<>();
        for (int k = 0; k < sizes.length; k++) {
            List<String> answers = new ArrayList<>();
            for (int a = 1; a <= sizes[k]; a++) {
                answers.add("p" + (100 * k + a));
            }
            questions.add(new Election.Question("CATEGORIE_" + k, answers));
        }
        return Election.of(uuid, "Budget citoyen de test", PUBLIC, 1, List.of(PUBLIC), questions, "ab".repeat(32));
    }

    /** {@code log_G(β − x·α)}, by a baby-step search below {@code bound}. */
    static long decrypt(Ciphertext c, long bound) {
        ECPoint m = c.beta().subtract(c.alpha().multiply(SECRET)).normalize();
        ECPoint p = Group.identity();
        for (long n = 0; n <= bound; n++) {
            if (p.equals(m)) {
                return n;
            }
            p = p.add(Group.G).normalize();
        }
        throw new AssertionError("no count below " + bound);
    }
}
