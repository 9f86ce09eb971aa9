package fr.budgetcitoyen.urn;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What holder {@code j} sends at the third step (Belenios' specification §4.3, {@code voutput}):
 * {@code private_key = send(sk_j, ek_j, {"secret": x_j})}, its share of the decryption key
 * {@code x_j = Σ_i f_i(j)} encrypted to itself (the server keeps it until the tally; the holder keeps only
 * its seed), and {@code public_key}, the verification key {@code X_j} with its proof of knowledge.
 */
public record VOutput(String privateKey, TrusteePublicKey publicKey) implements JsonMessage {

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("private_key", privateKey);
        json.put("public_key", publicKey.toJson());
        return json;
    }

    public static VOutput fromJson(Object json) {
        Map<String, Object> in = Fields.object(json, "voutput", "private_key", "public_key");
        return new VOutput(Json.string(in, "private_key"), TrusteePublicKey.fromJson(in.get("public_key")));
    }

    public static VOutput parse(String serialized) {
        return fromJson(Json.parse(serialized));
    }
}
