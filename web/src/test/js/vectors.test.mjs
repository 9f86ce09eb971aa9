// The shared vectors written by the Java side (urn/src/test/resources/vectors/): the browser must produce
// the same ballots and trackers, byte for byte, from the same inputs and the same randomness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
    encryptBallot, auditBallot, verifyBallot, hashJson, hashToScalar, mulG, encodePoint, decodePoint, replay, G, Q,
} from './helpers.mjs';

// Relative to the web module (npm runs the tests from there), whatever the current directory.
const VECTORS = fileURLToPath(new URL('../../../../urn/src/test/resources/vectors/', import.meta.url));

function load(name) {
    const path = VECTORS + name;
    assert.ok(existsSync(path), 'no ' + path + ' (the urn module\'s tests keep it)');
    return JSON.parse(readFileSync(path, 'utf8'));
}

test('ballots.json: every ballot and tracker reproduced byte for byte', (t) => {
    const vectors = load('ballots.json');
    assert.ok(Array.isArray(vectors) && vectors.length > 0, 'ballots.json holds no vector');
    vectors.forEach((v, i) => {
        const where = 'vector ' + i + ' (question ' + v.question + ', choice ' + v.choice + ')';
        const next = replay(v.randomness);
        const result = encryptBallot(v.election, v.question, v.choice, v.pseudonym, next);
        assert.equal(result.ballot, v.ballot, where + ': ballot');
        assert.equal(result.tracker, v.tracker, where + ': tracker');
        assert.equal(hashJson(v.ballot), v.tracker, where + ': H_json of the expected ballot');
        assert.equal(next.used(), v.randomness.length, where + ': randomness left over');
        assert.equal(auditBallot(v.election, v.ballot, result.nonces), v.choice, where + ': audit');
        assert.ok(verifyBallot(v.election, v.ballot), where + ': proofs');
    });
    t.diagnostic(vectors.length + ' vectors reproduced');
});

// points.json: {"generator", "order", "multiples": [{"k", "point"}…], "hashes": [{"input", "scalar", "hash_json"}…],
// "ballots_election": {"fingerprint", "secret_key"}} (the secret key of ballots.json's election: test only).
test('points.json: G, q, k·G, H and H_json examples', (t) => {
    const p = load('points.json');
    assert.equal(encodePoint(G), p.generator, 'generator');
    assert.equal(Q.toString(10), p.order, 'order');
    assert.ok(p.multiples.length > 0 && p.hashes.length > 0);
    for (const m of p.multiples) {
        assert.equal(encodePoint(mulG(BigInt(m.k))), m.point, 'k = ' + m.k);
        assert.ok(decodePoint(m.point).equals(mulG(BigInt(m.k))), 'decoding ' + m.point);
    }
    for (const h of p.hashes) {
        assert.equal(hashToScalar(h.input).toString(10), h.scalar, 'H(' + JSON.stringify(h.input) + ')');
        assert.equal(hashJson(h.input), h.hash_json, 'H_json(' + JSON.stringify(h.input) + ')');
    }
    t.diagnostic(p.multiples.length + ' multiples of G and ' + p.hashes.length + ' hashes checked');
});

test('ballots.json decrypted with the vectors\' test key: each encrypts its choice', (t) => {
    const p = load('points.json');
    const vectors = load('ballots.json');
    assert.ok(p.ballots_election, 'points.json: no ballots_election');
    const x = BigInt(p.ballots_election.secret_key);
    for (const v of vectors) {
        assert.equal(hashJson(v.election), p.ballots_election.fingerprint, 'fingerprint');
        assert.equal(encodePoint(mulG(x)), JSON.parse(v.election).public_key, 'public key');
        const weights = JSON.parse(v.ballot).choices.map((c) => {
            const m = decodePoint(c.beta).subtract(decodePoint(c.alpha).multiply(x));
            return m.is0() ? 0 : m.equals(G) ? 1 : -1;
        });
        assert.deepEqual(weights, weights.map((_, k) => (k === v.choice ? 1 : 0)), 'question ' + v.question);
    }
});
