package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The server's side of the threshold key ceremony (Belenios' specification §3.1.2 and §4.3, "Pedersen"
 * distributed key generation with the holders' messages routed by the server): it checks each message a
 * holder posts, routes the shares ({@link #vinputs}) and publishes the {@link ThresholdParameters}.
 *
 * <p>The server never sees a seed nor a share in clear: it checks what is public (signatures, commitments,
 * proofs) and forwards the rest encrypted. No one ever computes {@code Σ_i a_i0}, the whole decryption key;
 * only its image {@code y = Σ_i A_i0}. Positions are 1-based, as Belenios' and Shamir's {@code j}.
 */
public final class KeyCeremony {

    /** A ceremony has at most this many holders: bounds the work before any arithmetic. */
    public static final int MAX_HOLDERS = 64;

    private KeyCeremony() {
    }

    /** First step: reads holder {@code position}'s certificate and checks it is signed by its own key. */
    public static Cert checkCert(Object certJson, int position) {
        return Cert.fromJson(certJson, position);
    }

    /**
     * Checks the whole list of certificates: each signed by its key, and no key twice (a holder replaying
     * another's certificate would hold two shares, or block the ceremony).
     */
    public static void checkCerts(List<Cert> certs) {
        if (certs.isEmpty() || certs.size() > MAX_HOLDERS) {
            throw new InvalidMessageException("entre 1 et " + MAX_HOLDERS + " détenteurs attendus, "
                    + certs.size() + " reçus");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < certs.size(); i++) {
            Cert cert = certs.get(i);
            if (!cert.signed().isSignedBy(cert.verification())) {
                throw new InvalidMessageException("le certificat du détenteur " + (i + 1) + " n'est pas signé par sa clé");
            }
            if (!keys.add(Group.encode(cert.verification())) || !keys.add(Group.encode(cert.encryption()))) {
                throw new InvalidMessageException("le certificat du détenteur " + (i + 1)
                        + " reprend une clé d'un autre certificat");
            }
        }
    }

    /** Belenios' key fingerprint of a certificate, read aloud at the sealing: see {@link Cert#fingerprint()}. */
    public static String keyFingerprint(Cert cert) {
        return cert.fingerprint();
    }

    /**
     * Second step: what the server can check of holder {@code position}'s polynomial without reading it:
     * one share per holder and the encrypted polynomial are well-formed encrypted messages, the commitments
     * are {@code t} points signed by the holder.
     */
    public static void checkPolynomial(List<Cert> certs, int threshold, int position, Polynomial polynomial) {
        checkCerts(certs);
        checkThreshold(threshold, certs.size());
        checkPosition(position, certs.size());
        coefexps(certs.get(position - 1), polynomial.coefexps(), position, threshold);
        if (polynomial.secrets().size() != certs.size()) {
            throw new InvalidMessageException("le détenteur " + position + " envoie " + polynomial.secrets().size()
                    + " part(s) secrète(s) au lieu de " + certs.size());
        }
        try {
            Channel.checkWellFormed(polynomial.polynomial());
        } catch (InvalidMessageException e) {
            throw new InvalidMessageException("le polynôme chiffré du détenteur " + position + " est mal formé : "
                    + e.getMessage());
        }
        for (int j = 1; j <= certs.size(); j++) {
            try {
                Channel.checkWellFormed(polynomial.secrets().get(j - 1));
            } catch (InvalidMessageException e) {
                throw new InvalidMessageException("la part secrète du détenteur " + position + " pour le détenteur "
                        + j + " est mal formée : " + e.getMessage());
            }
        }
    }

    /**
     * Routes the shares: holder {@code j} gets its own polynomial back, {@code P_i.secrets[j]} from every
     * holder {@code i}, and every holder's commitments. The result's element {@code j − 1} is holder j's.
     */
    public static List<VInput> vinputs(List<Polynomial> polynomials) {
        int n = polynomials.size();
        List<SignedMessage> coefexps = new ArrayList<>();
        for (Polynomial p : polynomials) {
            if (p.secrets().size() != n) {
                throw new InvalidMessageException("chaque polynôme doit porter une part par détenteur");
            }
            coefexps.add(p.coefexps());
        }
        List<VInput> vinputs = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            List<String> secrets = new ArrayList<>();
            for (Polynomial p : polynomials) {
                secrets.add(p.secrets().get(j));
            }
            vinputs.add(new VInput(polynomials.get(j).polynomial(), secrets, coefexps));
        }
        return vinputs;
    }

    /**
     * Third step: holder {@code position}'s verification key has a valid proof of knowledge and equals
     * {@code Σ_i Σ_k j^k·A_ik}, the image of its share under everyone's commitments; its encrypted share is
     * a well-formed encrypted message.
     */
    public static void checkVoutput(List<Cert> certs, List<SignedMessage> coefexps, int position, VOutput voutput) {
        checkCerts(certs);
        checkPosition(position, certs.size());
        List<ECPoint> sums = sumOfCommitments(certs, coefexps, -1);
        try {
            Channel.checkWellFormed(voutput.privateKey());
        } catch (InvalidMessageException e) {
            throw new InvalidMessageException("la part de clé chiffrée du détenteur " + position + " est mal formée : "
                    + e.getMessage());
        }
        checkVerificationKey(sums, position, voutput.publicKey());
    }

    /** The public outcome of the ceremony, checked as a whole before it is published. */
    public static ThresholdParameters thresholdParameters(int threshold, List<Cert> certs, List<Polynomial> polynomials,
                                                          List<VOutput> voutputs) {
        if (polynomials.size() != certs.size() || voutputs.size() != certs.size()) {
            throw new InvalidMessageException("il manque le polynôme ou la clé de vérification d'un détenteur");
        }
        List<SignedMessage> coefexps = new ArrayList<>();
        for (Polynomial p : polynomials) {
            coefexps.add(p.coefexps());
        }
        List<TrusteePublicKey> keys = new ArrayList<>();
        for (VOutput v : voutputs) {
            keys.add(v.publicKey());
        }
        ThresholdParameters parameters = new ThresholdParameters(threshold, certs, coefexps, keys);
        checkThresholdParameters(parameters);
        return parameters;
    }

    /** The election key {@code y = Σ_i A_i0}, after checking the parameters it comes from. */
    public static ECPoint electionKey(ThresholdParameters parameters) {
        return checkThresholdParameters(parameters);
    }

    /**
     * Checks published threshold parameters from scratch, as the board verifier does: every certificate
     * signed by its key (no key twice), every holder's commitments signed by that holder's key with
     * {@code t} points, every verification key's proof of knowledge, and
     * {@code X_j = Σ_i Σ_k j^k·A_ik}. Returns the election key {@code y = Σ_i A_i0}.
     */
    public static ECPoint checkThresholdParameters(Object json) {
        return checkThresholdParameters(ThresholdParameters.fromJson(json));
    }

    /** As {@link #checkThresholdParameters(Object)}, on parsed parameters. */
    public static ECPoint checkThresholdParameters(ThresholdParameters parameters) {
        List<Cert> certs = parameters.certs();
        checkCerts(certs);
        checkThreshold(parameters.threshold(), certs.size());
        if (parameters.verificationKeys().size() != certs.size()) {
            throw new InvalidMessageException(certs.size() + " clés de vérification attendues, "
                    + parameters.verificationKeys().size() + " reçues");
        }
        List<ECPoint> sums = sumOfCommitments(certs, parameters.coefexps(), parameters.threshold());
        for (int j = 1; j <= certs.size(); j++) {
            checkVerificationKey(sums, j, parameters.verificationKeys().get(j - 1));
        }
        ECPoint y = sums.get(0);
        if (y.isInfinity()) {
            throw new InvalidMessageException("la clé de l'élection est le point à l'infini");
        }
        return y;
    }

    /**
     * {@code C_k = Σ_i A_ik}, after checking each holder's commitments (signed by the right key, all of the
     * same length {@code t}, or of length {@code threshold} when it is given).
     */
    private static List<ECPoint> sumOfCommitments(List<Cert> certs, List<SignedMessage> coefexps, int threshold) {
        if (coefexps.size() != certs.size()) {
            throw new InvalidMessageException(certs.size() + " engagements attendus, " + coefexps.size() + " reçus");
        }
        List<ECPoint> sums = null;
        for (int i = 1; i <= certs.size(); i++) {
            int t = threshold > 0 ? threshold : (sums == null ? -1 : sums.size());
            List<ECPoint> a = coefexps(certs.get(i - 1), coefexps.get(i - 1), i, t);
            if (sums == null) {
                sums = new ArrayList<>(a);
                checkThreshold(a.size(), certs.size());
            } else {
                for (int k = 0; k < a.size(); k++) {
                    sums.set(k, sums.get(k).add(a.get(k)));
                }
            }
        }
        sums.replaceAll(ECPoint::normalize);
        return sums;
    }

    private static void checkVerificationKey(List<ECPoint> sums, int position, TrusteePublicKey key) {
        if (!key.proofChecks()) {
            throw new InvalidMessageException("la preuve de connaissance de la clé du détenteur " + position
                    + " est fausse");
        }
        if (!evaluate(sums, position).equals(key.publicKey())) {
            throw new InvalidMessageException("la clé de vérification du détenteur " + position
                    + " ne correspond pas aux engagements des détenteurs");
        }
    }

    /**
     * Reads holder {@code position}'s signed commitments {@code [A_i0 … A_i(t−1)]}, checking the signature by
     * the holder's verification key and, when {@code threshold > 0}, their number.
     */
    static List<ECPoint> coefexps(Cert cert, SignedMessage signed, int position, int threshold) {
        if (!signed.isSignedBy(cert.verification())) {
            throw new InvalidMessageException("les engagements du détenteur " + position + " ne sont pas signés par sa clé");
        }
        List<ECPoint> points = new ArrayList<>();
        try {
            Map<String, Object> body = signed.messageObject();
            Fields.exactly(body, "engagements", "coefexps");
            for (Object a : Json.array(body, "coefexps")) {
                if (!(a instanceof String hex)) {
                    throw new InvalidMessageException("points attendus");
                }
                points.add(Group.decode(hex));
            }
        } catch (InvalidMessageException e) {
            throw new InvalidMessageException("les engagements du détenteur " + position + " sont mal formés : "
                    + e.getMessage());
        }
        if (threshold > 0 && points.size() != threshold) {
            throw new InvalidMessageException("les engagements du détenteur " + position + " comptent "
                    + points.size() + " point(s) au lieu de " + threshold + " (le seuil)");
        }
        if (points.isEmpty() || points.size() > MAX_HOLDERS) {
            throw new InvalidMessageException("les engagements du détenteur " + position + " comptent "
                    + points.size() + " point(s)");
        }
        return points;
    }

    /** {@code Σ_k j^k·A_k}: a committed polynomial evaluated at {@code j}, in one multi-scalar multiplication. */
    static ECPoint evaluate(List<ECPoint> a, int j) {
        BigInteger[] powers = new BigInteger[a.size()];
        BigInteger power = BigInteger.ONE;
        for (int k = 0; k < powers.length; k++) {
            powers[k] = power;
            power = power.multiply(BigInteger.valueOf(j)).mod(Group.Q);
        }
        return ECAlgorithms.sumOfMultiplies(a.toArray(new ECPoint[0]), powers).normalize();
    }

    static void checkThreshold(int threshold, int holders) {
        if (threshold < 1 || threshold > holders) {
            throw new InvalidMessageException("le seuil doit être entre 1 et le nombre de détenteurs (" + holders
                    + "), il vaut " + threshold);
        }
    }

    static void checkPosition(int position, int holders) {
        if (position < 1 || position > holders) {
            throw new InvalidMessageException("position de détenteur " + position + " hors de [1, " + holders + "]");
        }
    }
}
