package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ElGamal ciphertext {@code (alpha, beta) = (r·G, r·y + m·G)} (Belenios §4.8).
 * On the wire: {@code {"alpha":"<point>","beta":"<point>"}}. At rest on the server: {@link #BYTES} raw
 * bytes, the two SEC1 compressed points, so that summing ballots parses no JSON.
 */
public record Ciphertext(ECPoint alpha, ECPoint beta) {

    /** One compressed P-256 point. */
    public static final int POINT_BYTES = 33;
    /** One ciphertext in its binary form. */
    public static final int BYTES = 2 * POINT_BYTES;

    public Ciphertext {
        if (alpha == null || beta == null) {
            throw new IllegalArgumentException("a ciphertext has two points");
        }
    }

    /** The homomorphic sum: it encrypts the sum of the weights. */
    public Ciphertext add(Ciphertext other) {
        return new Ciphertext(Group.add(alpha, other.alpha), Group.add(beta, other.beta));
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("alpha", Group.encode(alpha));
        json.put("beta", Group.encode(beta));
        return json;
    }

    /** Reads {@code {"alpha","beta"}} (exactly these fields), validating both points. */
    public static Ciphertext fromJson(Object value, String what) {
        Map<String, Object> json = Json.asObject(value, what);
        Fields.exactly(json, what, "alpha", "beta");
        return new Ciphertext(Group.decode(Json.string(json, "alpha")), Group.decode(Json.string(json, "beta")));
    }

    public byte[] toBytes() {
        byte[] out = new byte[BYTES];
        write(out, 0);
        return out;
    }

    public static Ciphertext fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != BYTES) {
            throw new InvalidMessageException("chiffré binaire : " + BYTES + " octets attendus");
        }
        return read(bytes, 0);
    }

    /** All the ciphertexts of a ballot, one after the other: {@code BYTES × count} bytes. */
    public static byte[] pack(List<Ciphertext> ciphertexts) {
        byte[] out = new byte[BYTES * ciphertexts.size()];
        for (int i = 0; i < ciphertexts.size(); i++) {
            ciphertexts.get(i).write(out, i * BYTES);
        }
        return out;
    }

    public static List<Ciphertext> unpack(byte[] packed) {
        if (packed == null || packed.length == 0 || packed.length % BYTES != 0) {
            throw new InvalidMessageException("chiffrés binaires : un multiple non nul de " + BYTES + " octets attendu");
        }
        List<Ciphertext> out = new ArrayList<>(packed.length / BYTES);
        for (int at = 0; at < packed.length; at += BYTES) {
            out.add(read(packed, at));
        }
        return out;
    }

    private void write(byte[] out, int at) {
        System.arraycopy(alpha.getEncoded(true), 0, out, at, POINT_BYTES);
        System.arraycopy(beta.getEncoded(true), 0, out, at + POINT_BYTES, POINT_BYTES);
    }

    private static Ciphertext read(byte[] in, int at) {
        return new Ciphertext(point(in, at), point(in, at + POINT_BYTES));
    }

    /** Decodes one compressed point of a packed array; BouncyCastle checks it is on the curve. */
    static ECPoint point(byte[] in, int at) {
        if (in[at] != 2 && in[at] != 3) {
            throw new InvalidMessageException("chiffré binaire : point compressé attendu");
        }
        try {
            byte[] one = new byte[POINT_BYTES];
            System.arraycopy(in, at, one, 0, POINT_BYTES);
            return Group.CURVE.decodePoint(one);
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("chiffré binaire : point hors de la courbe");
        }
    }
}
