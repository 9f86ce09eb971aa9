package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A holder's verification key {@code X_j = x_j·G} with a Schnorr proof that the holder knows {@code x_j}
 * (Belenios' specification §4.3, {@code trustee_public_key}):
 * {@code {"pok":{"challenge","response"},"public_key":X_j}}; random {@code w}, {@code A = w·G},
 * {@code c = H("pok|" + X_j + "|" + A)}, {@code s = w + x_j·c}; verified by {@code A = s·G − c·X_j}.
 * The partial decryptions are checked against {@code X_j}.
 */
public record TrusteePublicKey(ECPoint publicKey, BigInteger challenge, BigInteger response) {

    static TrusteePublicKey prove(BigInteger x) {
        ECPoint publicKey = Group.mulG(x);
        BigInteger w = Group.randomScalar();
        BigInteger c = challenge(publicKey, Group.mulG(w));
        return new TrusteePublicKey(publicKey, c, w.add(x.multiply(c)).mod(Group.Q));
    }

    /** Whether the proof of knowledge checks. */
    public boolean proofChecks() {
        ECPoint a = Group.mulAdd(response, publicKey, Group.Q.subtract(challenge));
        return !a.isInfinity() && challenge(publicKey, a).equals(challenge);
    }

    private static BigInteger challenge(ECPoint publicKey, ECPoint a) {
        return Group.hashToScalar("pok|" + Group.encode(publicKey) + "|" + Group.encode(a));
    }

    public Map<String, Object> toJson() {
        Map<String, Object> pok = new LinkedHashMap<>();
        pok.put("challenge", Group.scalar(challenge));
        pok.put("response", Group.scalar(response));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pok", pok);
        json.put("public_key", Group.encode(publicKey));
        return json;
    }

    public static TrusteePublicKey fromJson(Object json) {
        Map<String, Object> in = Fields.object(json, "clé de vérification", "pok", "public_key");
        Map<String, Object> pok = Json.object(in, "pok");
        Fields.exactly(pok, "preuve de connaissance", "challenge", "response");
        return new TrusteePublicKey(Group.decode(Json.string(in, "public_key")),
                Group.scalar(Json.string(pok, "challenge")), Group.scalar(Json.string(pok, "response")));
    }
}
