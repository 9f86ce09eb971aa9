package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public outcome of the key ceremony (Belenios' specification §4.3, {@code threshold_parameters}),
 * published on the board: {@code {"threshold":t,"certs":[…],"coefexps":[…],"verification_keys":[…]}}.
 * Anyone re-checks it with {@link KeyCeremony#checkThresholdParameters} and gets the election key
 * {@code y = Σ_i A_i0} from it.
 */
public record ThresholdParameters(int threshold, List<Cert> certs, List<SignedMessage> coefexps,
                                  List<TrusteePublicKey> verificationKeys) implements JsonMessage {

    public ThresholdParameters {
        certs = List.copyOf(certs);
        coefexps = List.copyOf(coefexps);
        verificationKeys = List.copyOf(verificationKeys);
    }

    /** The holders' verification keys {@code X_1 … X_n}, in order. */
    public List<ECPoint> verificationKeyPoints() {
        List<ECPoint> points = new ArrayList<>();
        for (TrusteePublicKey k : verificationKeys) {
            points.add(k.publicKey());
        }
        return points;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("threshold", (long) threshold);
        List<Object> c = new ArrayList<>();
        for (Cert cert : certs) {
            c.add(cert.toJson());
        }
        json.put("certs", c);
        List<Object> e = new ArrayList<>();
        for (SignedMessage m : coefexps) {
            e.add(m.toJson());
        }
        json.put("coefexps", e);
        List<Object> v = new ArrayList<>();
        for (TrusteePublicKey k : verificationKeys) {
            v.add(k.toJson());
        }
        json.put("verification_keys", v);
        return json;
    }

    /** Reads the structure, each certificate's signature included; the rest is {@link KeyCeremony}'s. */
    public static ThresholdParameters fromJson(Object json) {
        Map<String, Object> in = Fields.object(json, "paramètres du seuil",
                "threshold", "certs", "coefexps", "verification_keys");
        long threshold = Json.integer(in, "threshold");
        List<Object> certsJson = Json.array(in, "certs");
        if (certsJson.isEmpty() || certsJson.size() > KeyCeremony.MAX_HOLDERS) {
            throw new InvalidMessageException("paramètres du seuil : nombre de détenteurs invalide");
        }
        if (threshold < 1 || threshold > certsJson.size()) {
            throw new InvalidMessageException("paramètres du seuil : seuil " + threshold + " hors de [1, "
                    + certsJson.size() + "]");
        }
        List<Cert> certs = new ArrayList<>();
        for (Object c : certsJson) {
            certs.add(Cert.fromJson(c, certs.size() + 1));
        }
        List<SignedMessage> coefexps = new ArrayList<>();
        for (Object c : Fields.list(in, "coefexps", 1, KeyCeremony.MAX_HOLDERS)) {
            coefexps.add(SignedMessage.fromJson(c));
        }
        List<TrusteePublicKey> keys = new ArrayList<>();
        for (Object k : Fields.list(in, "verification_keys", 1, KeyCeremony.MAX_HOLDERS)) {
            keys.add(TrusteePublicKey.fromJson(k));
        }
        return new ThresholdParameters((int) threshold, certs, coefexps, keys);
    }

    public static ThresholdParameters parse(String serialized) {
        return fromJson(Json.parse(serialized));
    }
}
