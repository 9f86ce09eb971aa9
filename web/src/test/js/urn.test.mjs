import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
    encryptBallot, auditBallot, verifyBallot, hashJson, hashToScalar, mulG, encodePoint, decodePoint,
    randomScalar, Q, testElection,
} from './helpers.mjs';

const PSEUDONYM = '0123456789abcdef0123456789abcdef';

test('hashJson: base64 without padding of SHA-256', () => {
    assert.equal(hashJson(''), '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU');
    assert.equal(hashJson('abc'), 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0');
    const s = '{"version":1,"name":"Budget citoyen – 2026 é"}';
    assert.equal(hashJson(s), createHash('sha256').update(s, 'utf8').digest('base64').replace(/=+$/, ''));
    for (const len of [1, 2, 3, 4, 5]) {
        const t = 'x'.repeat(len);
        assert.equal(hashJson(t), createHash('sha256').update(t).digest('base64').replace(/=+$/, ''));
    }
});

test('hashToScalar: SHA-256 big-endian mod q', () => {
    assert.equal(hashToScalar(''), 0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855n);
    const s = 'prove|é|x';
    const n = BigInt('0x' + createHash('sha256').update(s, 'utf8').digest('hex')) % Q;
    assert.equal(hashToScalar(s), n);
});

test('points: k·G in uncompressed hex, decoding validates', () => {
    const G = '046b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c2964fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5';
    assert.equal(encodePoint(mulG(1n)), G);
    assert.equal(encodePoint(mulG(2n)), '047cf27b188d034f7e8a52380304b51ac3c08969e277f21b35a60b48fc4766997807775510db8ed040293d9ac69f7430dbba7dade63ce982299e04b79d227873d1');
    assert.equal(encodePoint(mulG(Q - 1n)), '046b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296b01cbd1c01e58065711814b583f061e9d431cca994cea1313449bf97c840ae0a');
    assert.throws(() => encodePoint(mulG(0n)));
    assert.throws(() => decodePoint('036b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296'), /malformed/);
    assert.throws(() => decodePoint(G.toUpperCase()), /malformed/);
    // One coordinate changed: off the curve.
    assert.throws(() => decodePoint(G.slice(0, -1) + '4'), /not on the curve/);
    assert.ok(decodePoint('04' + '0'.repeat(64) + '66485c780e2f83d72433bd5d84a06bb6541c2af31dae871728bf856a174f93f4'));
    const k = randomScalar();
    assert.ok(k > 0n && k < Q);
    assert.ok(decodePoint(encodePoint(mulG(k))).equals(mulG(k)));
});

for (const answers of [1, 3, 20]) {
    test('encrypt then audit finds the choice, ' + answers + ' answer(s)', () => {
        const election = testElection([2, answers]);
        for (const choice of new Set([0, Math.floor(answers / 2), answers - 1])) {
            const result = encryptBallot(election, 1, choice, PSEUDONYM);
            assert.equal(result.choiceIndex, choice);
            assert.equal(result.nonces.length, answers);
            assert.equal(result.tracker, hashJson(result.ballot));
            const ballot = JSON.parse(result.ballot);
            assert.deepEqual(Object.keys(ballot),
                ['election_hash', 'question', 'pseudonym', 'choices', 'individual_proofs', 'overall_proof']);
            assert.equal(ballot.election_hash, hashJson(election));
            assert.equal(ballot.question, 1);
            assert.equal(ballot.choices.length, answers);
            assert.deepEqual(Object.keys(ballot.individual_proofs[0][0]), ['commitment', 'challenge', 'response']);
            assert.equal(auditBallot(election, result.ballot, result.nonces), choice);
            assert.equal(auditBallot(election, result.ballot, result.nonces.map(String)), choice);
            assert.ok(verifyBallot(election, result.ballot));
        }
    });
}

test('audit rejects nonces that do not match the ballot', () => {
    const election = testElection([4]);
    const a = encryptBallot(election, 0, 1, PSEUDONYM);
    const b = encryptBallot(election, 0, 1, PSEUDONYM);
    assert.throws(() => auditBallot(election, a.ballot, b.nonces), /alpha is not r·G/);
    assert.throws(() => auditBallot(election, a.ballot, [...a.nonces].reverse()), /alpha is not r·G/);
    assert.throws(() => auditBallot(election, a.ballot, a.nonces.slice(1)), /nonces/);
    const wrong = [...a.nonces];
    wrong[2] = (wrong[2] + 1n) % Q;
    assert.throws(() => auditBallot(election, a.ballot, wrong));
    assert.throws(() => auditBallot(testElection([4]), a.ballot, a.nonces), /election_hash/);
});

test('audit rejects a ballot whose ciphertexts do not encrypt one choice', () => {
    const election = testElection([3]);
    const a = encryptBallot(election, 0, 0, PSEUDONYM);
    const b = encryptBallot(election, 0, 2, PSEUDONYM);
    // Answer 2 of b spliced into a: two answers carry 1 (and the proofs no longer hold).
    const forged = JSON.parse(a.ballot);
    const other = JSON.parse(b.ballot);
    forged.choices[2] = other.choices[2];
    forged.individual_proofs[2] = other.individual_proofs[2];
    const nonces = [a.nonces[0], a.nonces[1], b.nonces[2]];
    assert.throws(() => auditBallot(election, JSON.stringify(forged), nonces), /both encrypt 1/);
    // A ciphertext of 2·G.
    const doubled = JSON.parse(a.ballot);
    const beta0 = decodePoint(doubled.choices[0].beta);
    doubled.choices[0].beta = encodePoint(beta0.add(mulG(1n)));
    assert.throws(() => auditBallot(election, JSON.stringify(doubled), a.nonces), /neither 0·G nor 1·G/);
});

test('verifyBallot rejects tampered proofs', () => {
    const election = testElection([3]);
    const a = encryptBallot(election, 0, 1, PSEUDONYM);
    const tampered = JSON.parse(a.ballot);
    tampered.individual_proofs[1][0].response = String((BigInt(tampered.individual_proofs[1][0].response) + 1n) % Q);
    assert.throws(() => verifyBallot(election, JSON.stringify(tampered)), /individual proof 1/);
    const otherPseudonym = JSON.parse(a.ballot);
    otherPseudonym.pseudonym = 'f'.repeat(32);
    assert.throws(() => verifyBallot(election, JSON.stringify(otherPseudonym)), /do not add up|does not verify/);
    assert.throws(() => verifyBallot(election, a.ballot.replace('{"election_hash"', '{ "election_hash"')), /canonical/);
});

test('encryptBallot validates its inputs', () => {
    const election = testElection([3]);
    assert.throws(() => encryptBallot(election, 1, 0, PSEUDONYM), /question/);
    assert.throws(() => encryptBallot(election, 0, 3, PSEUDONYM), /choice/);
    assert.throws(() => encryptBallot(election, 0, -1, PSEUDONYM), /choice/);
    assert.throws(() => encryptBallot(election, 0, 0, 'ABCDEF0123456789abcdef0123456789'), /pseudonym/);
    assert.throws(() => encryptBallot(election, 0, 0, PSEUDONYM, () => Q), /randomness/);
});

test('replayed randomness: same draws, same ballot; 4 draws per answer plus 1', () => {
    const election = testElection([5]);
    const draws = Array.from({ length: 21 }, () => randomScalar());
    let at = 0;
    const a = encryptBallot(election, 0, 3, PSEUDONYM, () => draws[at++]);
    assert.equal(at, 21);
    at = 0;
    const b = encryptBallot(election, 0, 3, PSEUDONYM, () => draws[at++].toString(10));
    assert.equal(a.ballot, b.ballot);
    assert.deepEqual(a.nonces, [draws[0], draws[4], draws[8], draws[12], draws[16]]);
});

test('timing: encrypting a 20-answer ballot in Node (measured, not asserted)', (t) => {
    const election = testElection([20]);
    encryptBallot(election, 0, 0, PSEUDONYM); // warms the tables
    const runs = 20;
    const times = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        encryptBallot(election, 0, i % 20, PSEUDONYM);
        times.push(performance.now() - start);
    }
    times.sort((x, y) => x - y);
    const start = performance.now();
    const r = encryptBallot(election, 0, 7, PSEUDONYM);
    const encrypted = performance.now();
    auditBallot(election, r.ballot, r.nonces);
    const audited = performance.now();
    const first = testElection([20]);
    const cold = performance.now();
    encryptBallot(first, 0, 0, PSEUDONYM);
    const coldEnd = performance.now();
    const message = '20-answer ballot: median ' + times[runs >> 1].toFixed(1) + ' ms, min ' + times[0].toFixed(1)
        + ' ms, max ' + times[runs - 1].toFixed(1) + ' ms over ' + runs + ' runs; first ballot of a new election key '
        + (coldEnd - cold).toFixed(1) + ' ms; audit ' + (audited - encrypted).toFixed(1) + ' ms ('
        + (encrypted - start).toFixed(1) + ' ms encryption)';
    t.diagnostic(message);
});
