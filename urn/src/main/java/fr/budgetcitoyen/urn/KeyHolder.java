package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A key holder's side of the threshold key ceremony and of the decryption (Belenios' specification §3.1.2,
 * §4.3, §4.13). The holder keeps nothing but its seed: everything else it needs (its own encrypted
 * polynomial, its encrypted share of the decryption key) is kept by the server, encrypted to the holder and
 * signed by it, and handed back at the next step. Every step first checks what the server handed over.
 */
public final class KeyHolder {

    private final HolderKeys keys;

    public KeyHolder(HolderKeys keys) { this.keys = keys; }

    public static KeyHolder fromSeed(String seed) {
        return new KeyHolder(HolderKeys.fromSeed(seed));
    }

    public HolderKeys keys() { return keys; }

    /** First step: the certificate of this holder's keys. */
    public Cert cert() {
        return Cert.of(keys);
    }

    /**
     * This holder's position (from 1) among the certificates, after checking them all: it must be there
     * exactly once, else the server lost or replaced its certificate.
     */
    public int position(List<Cert> certs) {
        KeyCeremony.checkCerts(certs);
        for (int i = 0; i < certs.size(); i++) {
            if (certs.get(i).verification().equals(keys.vk())) {
                if (!certs.get(i).encryption().equals(keys.ek())) {
                    throw new InvalidMessageException("votre certificat a été remplacé : sa clé de chiffrement n'est pas la vôtre");
                }
                return i + 1;
            }
        }
        throw new InvalidMessageException("votre certificat n'est pas dans la liste des détenteurs : est-ce la bonne clé ?");
    }

    /**
     * Second step: a random polynomial {@code f} of degree {@code t − 1}, encrypted to this holder; its value
     * {@code f(j)} encrypted to each holder {@code j}; its commitments {@code a_k·G}, signed.
     */
    public Polynomial polynomial(List<Cert> certs, int threshold) {
        position(certs);
        KeyCeremony.checkThreshold(threshold, certs.size());
        List<BigInteger> a = new ArrayList<>();
        List<Object> coefficients = new ArrayList<>();
        List<Object> commitments = new ArrayList<>();
        for (int k = 0; k < threshold; k++) {
            BigInteger ak = Group.randomScalar();
            a.add(ak);
            coefficients.add(Group.scalar(ak));
            commitments.add(Group.encode(Group.mulG(ak)));
        }
        Map<String, Object> polynomial = new LinkedHashMap<>();
        polynomial.put("polynomial", coefficients);
        List<String> secrets = new ArrayList<>();
        for (int j = 1; j <= certs.size(); j++) {
            Map<String, Object> secret = new LinkedHashMap<>();
            secret.put("secret", Group.scalar(evaluate(a, j)));
            secrets.add(Channel.send(keys, certs.get(j - 1).encryption(), Json.write(secret)));
        }
        Map<String, Object> coefexps = new LinkedHashMap<>();
        coefexps.put("coefexps", commitments);
        return new Polynomial(Channel.send(keys, keys.ek(), Json.write(polynomial)), secrets,
                SignedMessage.sign(keys, Json.write(coefexps)));
    }

    /**
     * Third step: checks every share {@code f_i(j)} against holder {@code i}'s signed commitments
     * ({@code f_i(j)·G = Σ_k j^k·A_ik}), and that the server handed back this holder's own commitments
     * unchanged; then {@code x_j = Σ_i f_i(j)}, encrypted to this holder, and {@code X_j = x_j·G} with its
     * proof of knowledge.
     */
    public VOutput voutput(List<Cert> certs, VInput vinput) {
        int j = position(certs);
        int n = certs.size();
        if (vinput.secrets().size() != n || vinput.coefexps().size() != n) {
            throw new InvalidMessageException("le serveur transmet " + vinput.secrets().size() + " part(s) et "
                    + vinput.coefexps().size() + " engagement(s) pour " + n + " détenteurs");
        }
        List<BigInteger> own = ownPolynomial(vinput.polynomial());
        int threshold = own.size();
        KeyCeremony.checkThreshold(threshold, n);
        List<ECPoint> ownCommitments = KeyCeremony.coefexps(certs.get(j - 1), vinput.coefexps().get(j - 1), j, threshold);
        for (int k = 0; k < threshold; k++) {
            if (!Group.mulG(own.get(k)).equals(ownCommitments.get(k))) {
                throw new InvalidMessageException("vos engagements transmis par le serveur ne correspondent pas à votre polynôme");
            }
        }
        BigInteger x = BigInteger.ZERO;
        for (int i = 1; i <= n; i++) {
            List<ECPoint> commitments = KeyCeremony.coefexps(certs.get(i - 1), vinput.coefexps().get(i - 1), i, threshold);
            String who = "la part secrète envoyée par le détenteur " + i;
            BigInteger share;
            try {
                String message = Channel.receive(keys, certs.get(i - 1).verification(), vinput.secrets().get(i - 1));
                Map<String, Object> body = Json.parseObject(message);
                Fields.exactly(body, "part secrète", "secret");
                share = Group.scalar(Json.string(body, "secret"));
            } catch (InvalidMessageException e) {
                throw new InvalidMessageException(who + " est refusée : " + e.getMessage());
            }
            if (!Group.mulG(share).equals(KeyCeremony.evaluate(commitments, j))) {
                throw new InvalidMessageException(who + " ne correspond pas à ses engagements");
            }
            x = x.add(share).mod(Group.Q);
        }
        if (x.signum() == 0) {
            throw new InvalidMessageException("part de clé nulle : recommencez la cérémonie");
        }
        Map<String, Object> secret = new LinkedHashMap<>();
        secret.put("secret", Group.scalar(x));
        return new VOutput(Channel.send(keys, keys.ek(), Json.write(secret)), TrusteePublicKey.prove(x));
    }

    /** As {@link #partialDecryption(String, List, int)}, for the tally's published sums. */
    public PartialDecryption partialDecryption(String privateKey, EncryptedTally tally, int position) {
        return partialDecryption(privateKey, tally.ciphertexts(), position);
    }

    /** As {@link #partialDecryption(String, List, int)}, for a published tally {@code [[{"alpha","beta"}…]…]}. */
    public PartialDecryption partialDecryptionOfJson(String privateKey, Object encryptedTally, int position) {
        return partialDecryption(privateKey, PartialDecryption.readTally(encryptedTally), position);
    }

    /**
     * Decryption: this holder's decryption factors for the tally, with their proofs, using its share
     * {@code x} of the decryption key, read from the {@code private_key} it sent at the third step.
     */
    public PartialDecryption partialDecryption(String privateKey, List<List<Ciphertext>> tally, int position) {
        BigInteger x;
        try {
            Map<String, Object> body = Json.parseObject(Channel.receive(keys, keys.vk(), privateKey));
            Fields.exactly(body, "part de clé", "secret");
            x = Group.scalar(Json.string(body, "secret"));
        } catch (InvalidMessageException e) {
            throw new InvalidMessageException("votre part de clé transmise par le serveur est refusée : " + e.getMessage());
        }
        return PartialDecryption.compute(x, position, tally);
    }

    /** This holder's own polynomial, sent to itself at the second step. */
    private List<BigInteger> ownPolynomial(String encrypted) {
        try {
            Map<String, Object> body = Json.parseObject(Channel.receive(keys, keys.vk(), encrypted));
            Fields.exactly(body, "polynôme", "polynomial");
            List<BigInteger> a = new ArrayList<>();
            for (Object c : Json.array(body, "polynomial")) {
                if (!(c instanceof String s)) {
                    throw new InvalidMessageException("nombres attendus");
                }
                a.add(Group.scalar(s));
            }
            return a;
        } catch (InvalidMessageException e) {
            throw new InvalidMessageException("votre polynôme transmis par le serveur est refusé : " + e.getMessage());
        }
    }

    /** {@code f(j) = Σ_k a_k·j^k mod q}, by Horner's rule. */
    static BigInteger evaluate(List<BigInteger> a, int j) {
        BigInteger value = BigInteger.ZERO;
        BigInteger at = BigInteger.valueOf(j);
        for (int k = a.size() - 1; k >= 0; k--) {
            value = value.multiply(at).add(a.get(k)).mod(Group.Q);
        }
        return value;
    }
}
