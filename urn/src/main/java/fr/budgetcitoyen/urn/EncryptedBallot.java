package fr.budgetcitoyen.urn;

import java.math.BigInteger;
import java.util.List;

/**
 * A fresh ballot with the nonces {@code r_k} of its ciphertexts: the voter may reveal them to audit the
 * encryption (Benaloh's cast-as-intended challenge), after which that ballot must not be cast.
 */
public record EncryptedBallot(Ballot ballot, List<BigInteger> nonces) {

    public EncryptedBallot {
        nonces = List.copyOf(nonces);
    }
}
