package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ElGamal ciphertext {@code (alpha, beta) = (r·G, r·y + m·G)} (Belenios §4.8).
 * On the wire: {@code {"alpha":"<point>","beta":"<point>"}}. At rest on the server: {@link #BYTES} raw
 * bytes, the two SEC1 uncompressed points, so that summing a million ballots parses no JSON and takes no
 * square root (a compressed point costs one to decode, ~17 µs: 11 minutes for a million 20-project ballots).
 */
public record Ciphertext(ECPoint alpha, ECPoint beta) {

    /** One uncompressed P-256 point: 0x04, x, y. */
    public static final int POINT_BYTES = 65;
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
        System.arraycopy(alpha.getEncoded(false), 0, out, at, POINT_BYTES);
        System.arraycopy(beta.getEncoded(false), 0, out, at + POINT_BYTES, POINT_BYTES);
    }

    private static Ciphertext read(byte[] in, int at) {
        return new Ciphertext(point(in, at), point(in, at + POINT_BYTES));
    }

    /** Decodes one compressed point of a packed array; BouncyCastle checks it is on the curve. */
    static ECPoint point(byte[] in, int at) {
        if (in[at] != 4) {
            throw new InvalidMessageException("chiffré binaire : point non compressé attendu");
        }
        try {
            BigInteger x = new BigInteger(1, java.util.Arrays.copyOfRange(in, at + 1, at + 33));
            BigInteger y = new BigInteger(1, java.util.Arrays.copyOfRange(in, at + 33, at + POINT_BYTES));
            return Group.CURVE.validatePoint(x, y); // the curve's equation, a few multiplications
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("chiffré binaire : point hors de la courbe");
        }
    }
}
