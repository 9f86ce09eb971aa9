// Shared by the tests and make-ballot.mjs (not a test file itself).
import { webcrypto } from 'node:crypto';

// Node 18 (Debian bookworm's nodejs) has no global WebCrypto; browsers and Node 20+ do.
if (!globalThis.crypto || typeof globalThis.crypto.getRandomValues !== 'function') {
    globalThis.crypto = webcrypto;
}

import { randomScalar, mulG, encodePoint } from '../../main/js/urn/index.js';

export * from '../../main/js/urn/index.js';

/** An election's serialisation with the given numbers of answers, keys of fresh random secrets. */
export function testElection(answerCounts, publicKeyHex) {
    const y = publicKeyHex || encodePoint(mulG(randomScalar()));
    const vk = () => encodePoint(mulG(randomScalar()));
    return JSON.stringify({
        version: 1,
        group: 'P-256',
        uuid: '7c1f5c3e-9a4b-4b1e-8c3d-2f6a0d5e4b21',
        name: 'Budget citoyen test',
        public_key: y,
        trustees: { threshold: 2, verification_keys: [vk(), vk(), vk()] },
        questions: answerCounts.map((n, k) => ({
            category: 'C' + k,
            answers: Array.from({ length: n }, (_, i) => String(100 * (k + 1) + i)),
            min: 1,
            max: 1,
        })),
        ear_sha256: '0'.repeat(64),
    });
}

/** A randomness function replaying decimal strings, counting what it gave. */
export function replay(decimals) {
    let at = 0;
    const next = () => {
        if (at >= decimals.length) {
            throw new Error('the vector has no more randomness (' + decimals.length + ' drawn)');
        }
        return BigInt(decimals[at++]);
    };
    next.used = () => at;
    return next;
}
