package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Belenios' {@code signed_msg} (§4.3): a Schnorr signature of a string by a key holder's signing key.
 * As in Belenios, the message is a <em>string</em> (the serialisation of the signed object), so that the
 * signature covers exact bytes and no one ever has to serialise a parsed object again to check it.
 *
 * <p>{@code {"message":M,"signature":{"challenge":c,"response":s}}}: {@code w} (see {@link #nonce}), {@code A = w·G},
 * {@code c = H("sigmsg|" + M + "|" + A)}, {@code s = w − sk·c}; verified by recomputing {@code A = s·G + c·vk}.
 */
public record SignedMessage(String message, BigInteger challenge, BigInteger response) implements JsonMessage {

    public SignedMessage {
        if (message == null || challenge == null || response == null) {
            throw new InvalidMessageException("message signé incomplet");
        }
    }

    /** Signs with the holder's signing key. */
    public static SignedMessage sign(HolderKeys keys, String message) {
        return sign(keys.sk(), message);
    }

    static SignedMessage sign(BigInteger sk, String message) {
        BigInteger w = nonce(sk, message);
        BigInteger c = challenge(message, Group.mulG(w));
        BigInteger s = w.subtract(sk.multiply(c)).mod(Group.Q);
        return new SignedMessage(message, c, s);
    }

    /**
     * The signature's {@code w}, derived from the key and the message (as EdDSA does, in the spirit of
     * RFC 6979) rather than drawn: the same seed always gives the same certificate, hence the same key
     * fingerprint, and no weak random generator can ever leak {@code sk}. 512 bits reduced mod q: no bias.
     */
    private static BigInteger nonce(BigInteger sk, String message) {
        try {
            java.security.MessageDigest sha512 = java.security.MessageDigest.getInstance("SHA-512");
            byte[] h = sha512.digest(("sigmsg-nonce|" + sk + "|" + message).getBytes(StandardCharsets.UTF_8));
            BigInteger w = new BigInteger(1, h).mod(Group.Q);
            return w.signum() == 0 ? BigInteger.ONE : w;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every Java platform", e);
        }
    }

    /** Whether {@code vk} signed this message. */
    public boolean isSignedBy(ECPoint vk) {
        ECPoint a = Group.mulAdd(response, vk, challenge);
        return !a.isInfinity() && challenge(message, a).equals(challenge);
    }

    private static BigInteger challenge(String message, ECPoint a) {
        return Group.hashToScalar("sigmsg|" + message + "|" + Group.encode(a));
    }

    /** The signed string, parsed as a JSON object (the signed messages of the urn are all objects). */
    public Map<String, Object> messageObject() {
        return Json.parseObject(message);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> signature = new LinkedHashMap<>();
        signature.put("challenge", Group.scalar(challenge));
        signature.put("response", Group.scalar(response));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message", message);
        json.put("signature", signature);
        return json;
    }

    /** Reads the structure (not the signature: see {@link #isSignedBy}). */
    public static SignedMessage fromJson(Object json) {
        Map<String, Object> in = Fields.object(json, "message signé", "message", "signature");
        Map<String, Object> signature = Json.object(in, "signature");
        Fields.exactly(signature, "signature", "challenge", "response");
        return new SignedMessage(Json.string(in, "message"),
                Group.scalar(Json.string(signature, "challenge")),
                Group.scalar(Json.string(signature, "response")));
    }

    public static SignedMessage parse(String serialized) {
        return fromJson(Json.parse(serialized));
    }
}
