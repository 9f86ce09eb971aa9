// The group of the urn (urn/README.md, "Notation and encodings"): NIST P-256 written additively, points as
// SEC1 uncompressed lowercase hex, scalars as base-10 strings in [0, q), H and H_json on SHA-256.
import { p256 } from '@noble/curves/nist.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export const Point = p256.Point;
/** The generator G. */
export const G = Point.BASE;
/** The point at infinity (0·G). */
export const ZERO = Point.ZERO;
/** The order of G, Belenios' q. */
export const Q = Point.Fn.ORDER;

const POINT_HEX = /^04[0-9a-f]{128}$/;
const SCALAR_DEC = /^(0|[1-9][0-9]{0,77})$/;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** x mod q, in [0, q). */
export function mod(x) {
    const r = x % Q;
    return r < 0n ? r + Q : r;
}

/** k·P, constant time (the scalars of a ballot are secret); any integer k, reduced mod q. */
export function mul(p, k) {
    const s = mod(k);
    return s === 0n || p.is0() ? ZERO : p.multiply(s);
}

/** k·G, with noble's precomputed table of the generator. */
export function mulG(k) {
    return mul(G, k);
}

/** a·G + b·P in one pass, NOT constant time: only for public scalars (verification, audit). */
export function mulAddPublic(a, p, b) {
    const sa = mod(a);
    const sb = mod(b);
    if (p.is0() || sb === 0n) {
        return sa === 0n ? ZERO : G.multiplyUnsafe(sa);
    }
    if (sa === 0n) {
        return p.multiplyUnsafe(sb);
    }
    return G.mulAddUnsafe(sa, p, sb);
}

/** k·P, NOT constant time: only for public scalars. */
export function mulPublic(p, k) {
    return p.multiplyUnsafe(mod(k));
}

/** The 130-character lowercase hex of the SEC1 uncompressed encoding; the point at infinity has none. */
export function encodePoint(p) {
    if (p.is0()) {
        throw new Error('the point at infinity has no encoding');
    }
    return bytesToHex(p.toBytes(false));
}

/** Decodes and validates a point: uncompressed lowercase hex, on the curve, not the point at infinity. */
export function decodePoint(hex) {
    if (typeof hex !== 'string' || !POINT_HEX.test(hex)) {
        throw new Error('malformed point: ' + abbreviate(hex));
    }
    let p;
    try {
        p = Point.fromHex(hex);
        p.assertValidity();
    } catch (e) {
        throw new Error('point not on the curve: ' + abbreviate(hex));
    }
    if (p.is0()) {
        throw new Error('point at infinity: ' + abbreviate(hex));
    }
    return p;
}

/** A scalar in base 10. */
export function encodeScalar(k) {
    return mod(k).toString(10);
}

/** Decodes a base-10 scalar in [0, q). */
export function decodeScalar(dec) {
    if (typeof dec !== 'string' || !SCALAR_DEC.test(dec)) {
        throw new Error('malformed number: ' + abbreviate(dec));
    }
    const k = BigInt(dec);
    if (k >= Q) {
        throw new Error('number outside [0, q): ' + abbreviate(dec));
    }
    return k;
}

/** SHA-256 of the UTF-8 encoding of a string. */
export function sha256Utf8(s) {
    return sha256(utf8ToBytes(s));
}

/** Belenios' H: SHA-256 of the UTF-8 string, read as a 256-bit big-endian number, mod q. */
export function hashToScalar(s) {
    return mod(BigInt('0x' + bytesToHex(sha256Utf8(s))));
}

/** Belenios' H_json: base64 (RFC 4648, no padding) of the SHA-256 of a serialisation. */
export function hashJson(json) {
    return base64NoPad(sha256Utf8(json));
}

export function base64NoPad(bytes) {
    let out = '';
    let i = 0;
    for (; i + 2 < bytes.length; i += 3) {
        const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
        out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
    }
    if (bytes.length - i === 1) {
        const n = bytes[i] << 16;
        out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    } else if (bytes.length - i === 2) {
        const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
        out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63];
    }
    return out;
}

/**
 * A uniformly random scalar in [1, q): 256 bits from crypto.getRandomValues, drawn again while 0 or
 * at least q (rejection sampling, as the Java side's Group.randomScalar).
 */
export function randomScalar() {
    const c = globalThis.crypto;
    if (!c || typeof c.getRandomValues !== 'function') {
        throw new Error('no crypto.getRandomValues in this environment');
    }
    const bytes = new Uint8Array(32);
    for (;;) {
        c.getRandomValues(bytes);
        const k = BigInt('0x' + bytesToHex(bytes));
        if (k !== 0n && k < Q) {
            return k;
        }
    }
}

export function abbreviate(s) {
    if (s === undefined || s === null) {
        return '(absent)';
    }
    s = String(s);
    return s.length <= 24 ? s : s.substring(0, 20) + '…';
}
