package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * A key holder's keys, all derived from one short seed (Belenios' specification §3.1.2, §4.3: the trustee
 * keeps only the seed). Signing key {@code sk = H("sk|" + seed)}, verification key {@code vk = sk·G};
 * decryption key {@code dk = H("dk|" + seed)}, encryption key {@code ek = dk·G}. Belenios takes the
 * SHA-256 itself; here it is reduced mod q, as every other hash of the urn.
 *
 * <p>The seed never leaves the holder's device: the server only ever sees {@code vk} and {@code ek}.
 */
public final class HolderKeys {

    /** Belenios' base58 alphabet: no 0, O, I, l, which read alike on paper. */
    public static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    /** 22 characters of base58 are about 128.9 bits, as in Belenios. */
    public static final int SEED_LENGTH = 22;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final BigInteger sk;
    private final ECPoint vk;
    private final BigInteger dk;
    private final ECPoint ek;

    private HolderKeys(String seed) {
        this.sk = Group.hashToScalar("sk|" + seed);
        this.dk = Group.hashToScalar("dk|" + seed);
        if (sk.signum() == 0 || dk.signum() == 0) {
            // Probability 2^-256; a zero key would make vk or ek the point at infinity.
            throw new InvalidMessageException("graine inutilisable : tirez-en une autre");
        }
        this.vk = Group.mulG(sk);
        this.ek = Group.mulG(dk);
    }

    /** Derives the keys from a seed, after {@link #checkSeed}. */
    public static HolderKeys fromSeed(String seed) {
        checkSeed(seed);
        return new HolderKeys(seed);
    }

    /** A new seed: 22 characters drawn uniformly from the base58 alphabet with {@link SecureRandom}. */
    public static String generateSeed() {
        StringBuilder seed = new StringBuilder(SEED_LENGTH);
        for (int i = 0; i < SEED_LENGTH; i++) {
            seed.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return seed.toString();
    }

    /** Refuses anything but 22 characters of the alphabet, so that a mistyped seed fails loudly. */
    public static void checkSeed(String seed) {
        if (seed == null || seed.isEmpty()) {
            throw new InvalidMessageException("graine absente");
        }
        if (seed.length() != SEED_LENGTH) {
            throw new InvalidMessageException("la graine doit compter " + SEED_LENGTH + " caractères, elle en compte "
                    + seed.length());
        }
        for (int i = 0; i < seed.length(); i++) {
            if (ALPHABET.indexOf(seed.charAt(i)) < 0) {
                throw new InvalidMessageException("la graine contient un caractère interdit en position " + (i + 1)
                        + " (seuls les caractères " + ALPHABET + " sont permis)");
            }
        }
    }

    /** The signing key: package-private, only this module's holder side signs. */
    BigInteger sk() { return sk; }

    /** The decryption key: package-private, only this module's holder side decrypts. */
    BigInteger dk() { return dk; }

    public ECPoint vk() { return vk; }

    public ECPoint ek() { return ek; }

    /** Never prints the secrets. */
    @Override
    public String toString() {
        return "HolderKeys[vk=" + Group.encode(vk) + "]";
    }
}
