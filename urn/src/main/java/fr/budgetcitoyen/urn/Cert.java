package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A key holder's certificate (Belenios' specification §4.3, {@code cert}):
 * {@code signed_msg(sk, {"verification": vk, "encryption": ek})}. It binds the two public keys a holder
 * takes part in the ceremony with; holders compare its {@link #fingerprint()} aloud at the sealing, so that
 * the server can't have slipped in a key of its own.
 */
public record Cert(ECPoint verification, ECPoint encryption, SignedMessage signed) implements JsonMessage {

    /** The keys are those of the signed message, so that no one checks a signature over other keys. */
    public Cert {
        Map<String, Object> body = signed.messageObject();
        Fields.exactly(body, "certificat", "verification", "encryption");
        if (!Group.encode(verification).equals(Json.string(body, "verification"))
                || !Group.encode(encryption).equals(Json.string(body, "encryption"))) {
            throw new InvalidMessageException("le certificat ne porte pas les clés de son message signé");
        }
    }

    /** The certificate of these keys, signed by them. */
    public static Cert of(HolderKeys keys) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verification", Group.encode(keys.vk()));
        body.put("encryption", Group.encode(keys.ek()));
        return new Cert(keys.vk(), keys.ek(), SignedMessage.sign(keys, Json.write(body)));
    }

    /** Reads a certificate and checks it is signed by the verification key it carries. */
    public static Cert fromJson(Object json) {
        return read(json, "le certificat");
    }

    /** As {@link #fromJson(Object)}, the messages naming holder {@code position} (from 1). */
    public static Cert fromJson(Object json, int position) {
        return read(json, "le certificat du détenteur " + position);
    }

    private static Cert read(Object json, String what) {
        Cert cert;
        SignedMessage signed;
        try {
            signed = SignedMessage.fromJson(json);
            Map<String, Object> body = signed.messageObject();
            Fields.exactly(body, "certificat", "verification", "encryption");
            cert = new Cert(Group.decode(Json.string(body, "verification")),
                    Group.decode(Json.string(body, "encryption")), signed);
        } catch (InvalidMessageException e) {
            throw new InvalidMessageException(what + " est mal formé : " + e.getMessage());
        }
        if (!signed.isSignedBy(cert.verification)) {
            throw new InvalidMessageException(what + " n'est pas signé par sa clé");
        }
        return cert;
    }

    public static Cert parse(String serialized) {
        return fromJson(Json.parse(serialized));
    }

    public Map<String, Object> toJson() {
        return signed.toJson();
    }

    /**
     * The key fingerprint read aloud at the sealing: the first 16 characters of {@code H_json} of the
     * certificate's serialisation, in four groups of four ("AbCd efGh …").
     */
    public String fingerprint() {
        String h = Group.hashJson(serialize()).substring(0, 16);
        return h.substring(0, 4) + " " + h.substring(4, 8) + " " + h.substring(8, 12) + " " + h.substring(12, 16);
    }
}
