package fr.budgetcitoyen.urn;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.encoders.Hex;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The group of the urn: NIST P-256 (SEC 2 secp256r1) with its standard generator, written additively.
 * Belenios' multiplicative {@code g^x} is {@code x·G} here, {@code a·b} is {@code A+B}, {@code a/b} is {@code A−B}.
 * Points travel as SEC1 uncompressed encodings in lowercase hex (130 characters, README deviation 2): decoding
 * one checks the curve's equation (under a microsecond) where a compressed one would take a square root (12 µs,
 * 122 of them per 20-project ballot). The point at infinity is never a valid message. Scalars travel as
 * base-10 strings, as in Belenios.
 */
public final class Group {

    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
    public static final ECCurve CURVE = P256.getCurve();
    public static final ECPoint G = P256.getG().normalize();
    /** The order of G, Belenios' q. */
    public static final BigInteger Q = P256.getN();

    private static final FixedPointCombMultiplier BASE = new FixedPointCombMultiplier();
    /** Characters of an encoded point: "04", then x and y in 64 lowercase hex digits each. */
    public static final int POINT_CHARS = 130;
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("0|[1-9][0-9]*");
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        // Builds the fixed-base table once, not on the first ballot.
        BASE.multiply(G, BigInteger.ONE);
    }

    private Group() {
    }

    /** {@code k·G}, with the precomputed table of the generator. */
    public static ECPoint mulG(BigInteger k) {
        return BASE.multiply(G, k.mod(Q)).normalize();
    }

    /** {@code k·P}. */
    public static ECPoint mul(ECPoint p, BigInteger k) {
        return p.multiply(k.mod(Q)).normalize();
    }

    public static ECPoint add(ECPoint a, ECPoint b) {
        return a.add(b).normalize();
    }

    public static ECPoint sub(ECPoint a, ECPoint b) {
        return a.subtract(b).normalize();
    }

    /** {@code a·G + b·P} in one pass (Shamir's trick). */
    public static ECPoint mulAdd(BigInteger a, ECPoint p, BigInteger b) {
        return org.bouncycastle.math.ec.ECAlgorithms.sumOfTwoMultiplies(G, a.mod(Q), p, b.mod(Q)).normalize();
    }

    public static ECPoint identity() {
        return CURVE.getInfinity();
    }

    /** The 130-character lowercase hex of the SEC1 uncompressed encoding. */
    public static String encode(ECPoint p) {
        if (p.isInfinity()) {
            throw new IllegalArgumentException("the point at infinity has no encoding here");
        }
        return Hex.toHexString(p.getEncoded(false));
    }

    /** Decodes and validates a point: uncompressed lowercase hex, on the curve (so never the point at infinity). */
    public static ECPoint decode(String hex) {
        if (hex == null || hex.length() != POINT_CHARS || hex.charAt(0) != '0' || hex.charAt(1) != '4'
                || !lowercaseHex(hex)) {
            throw new InvalidMessageException("point mal formé : " + abbreviate(hex));
        }
        try {
            return CURVE.validatePoint(new BigInteger(hex.substring(2, 66), 16), new BigInteger(hex.substring(66), 16));
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("point hors de la courbe : " + abbreviate(hex));
        }
    }

    private static boolean lowercaseHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    /** A scalar written in base 10, in [0, q). */
    public static BigInteger scalar(String decimal) {
        if (decimal == null || decimal.isEmpty() || decimal.length() > 78 || !DECIMAL.matcher(decimal).matches()) {
            throw new InvalidMessageException("nombre mal formé : " + abbreviate(decimal));
        }
        BigInteger k = new BigInteger(decimal);
        if (k.compareTo(Q) >= 0) {
            throw new InvalidMessageException("nombre hors de l'intervalle [0, q) : " + abbreviate(decimal));
        }
        return k;
    }

    public static String scalar(BigInteger k) {
        return k.toString(10);
    }

    /** A uniformly random scalar in [1, q). */
    public static BigInteger randomScalar() {
        BigInteger k;
        do {
            k = new BigInteger(256, RANDOM);
        } while (k.signum() == 0 || k.compareTo(Q) >= 0);
        return k;
    }

    /** Belenios' hash to Z_q: SHA-256 of the UTF-8 string, read as a 256-bit big-endian number, mod q. */
    public static BigInteger hashToScalar(String input) {
        return new BigInteger(1, sha256(input.getBytes(StandardCharsets.UTF_8))).mod(Q);
    }

    public static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Belenios' H_json: base64 (RFC 4648, no padding) of the SHA-256 of a serialisation. */
    public static String hashJson(String json) {
        return java.util.Base64.getEncoder().withoutPadding()
                .encodeToString(sha256(json.getBytes(StandardCharsets.UTF_8)));
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "(absent)";
        }
        return s.length() <= 24 ? s : s.substring(0, 20) + "…";
    }
}
