package fr.budgetcitoyen.urn;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;

/**
 * Where the encryptor draws its scalars, in the README's order. In production: {@link #secure()}; for the
 * shared test vectors: {@link #replay}, so that Java and JavaScript must produce the same bytes.
 */
@FunctionalInterface
public interface Randomness {

    /** The next scalar, in [1, q). */
    BigInteger next();

    /** Uniform scalars from the platform's {@link java.security.SecureRandom}. */
    static Randomness secure() {
        return Group::randomScalar;
    }

    /** The given scalars, in order; running out means the caller drew more than the vector recorded. */
    static Randomness replay(List<BigInteger> scalars) {
        Iterator<BigInteger> it = List.copyOf(scalars).iterator();
        return () -> {
            if (!it.hasNext()) {
                throw new IllegalStateException("replayed randomness exhausted");
            }
            BigInteger k = it.next();
            if (k.signum() <= 0 || k.compareTo(Group.Q) >= 0) {
                throw new IllegalArgumentException("replayed scalar outside [1, q)");
            }
            return k;
        };
    }
}
