// A ballot's encryption with its proofs (urn/README.md, "A ballot"); its verification and the voter's audit
// (Benaloh challenge) are in verify.js.
import {
    G, ZERO, Q, mod, mul, mulG, encodePoint, encodeScalar, decodeScalar, hashToScalar, hashJson,
    randomScalar, abbreviate,
} from './group.js';
import { PSEUDONYM, checkIndex, parseElection } from './election.js';

function randomSource(randomness) {
    if (randomness === undefined || randomness === null) {
        return randomScalar;
    }
    if (typeof randomness !== 'function') {
        throw new Error('randomness must be a function returning the next scalar');
    }
    return () => {
        let k = randomness();
        if (typeof k === 'string') {
            k = decodeScalar(k);
        }
        if (typeof k !== 'bigint' || k < 0n || k >= Q) {
            throw new Error('randomness returned something other than a scalar in [0, q): ' + abbreviate(k));
        }
        return k;
    };
}

function proof(a, b, challenge, response) {
    return { commitment: [encodePoint(a), encodePoint(b)], challenge: encodeScalar(challenge), response: encodeScalar(response) };
}

/**
 * Encrypts the choice of one answer of one question.
 *
 * @param {string} electionString the election's exact serialisation
 * @param {number} question the question's index (the category)
 * @param {number} choice the index of the chosen answer (the project) in the question's answers
 * @param {string} pseudonym 32 lowercase hex characters
 * @param {() => bigint} [randomness] the next scalar, in the README's draw order (replays the vectors);
 *        by default uniformly random scalars in [1, q)
 * @returns {{ballot: string, tracker: string, nonces: bigint[], choiceIndex: number}}
 */
export function encryptBallot(electionString, question, choice, pseudonym, randomness) {
    const election = parseElection(electionString);
    checkIndex(question, election.questions.length, 'question');
    const answers = election.questions[question].answers;
    checkIndex(choice, answers, 'choice');
    if (typeof pseudonym !== 'string' || !PSEUDONYM.test(pseudonym)) {
        throw new Error('the pseudonym must be 32 lowercase hex characters');
    }
    const next = randomSource(randomness);
    const y = election.y;
    // S = fingerprint|pseudonym|question: a proof holds for one election, one voter, one category.
    const context = election.fingerprint + '|' + pseudonym + '|' + question;

    const choices = [];
    const individualProofs = [];
    const nonces = [];
    let alphaSum = ZERO;
    let betaSum = ZERO;
    let rSum = 0n;
    for (let k = 0; k < answers; k++) {
        const m = k === choice ? 1 : 0;
        const r = next();
        const alpha = mulG(r);
        const ry = mul(y, r);
        const beta = m === 1 ? ry.add(G) : ry;
        // The simulated branch j = 1 − m: random c_j, s_j, A_j = s_j·G − c_j·α, B_j = s_j·y − c_j·(β − M_j·G).
        // Knowing r, with t = s_j − c_j·r: A_j = t·G and B_j = t·y − c_j·(m − M_j)·G, m − M_j = 2m − 1.
        const j = 1 - m;
        const cj = next();
        const sj = next();
        const t = mod(sj - cj * r);
        const aj = mulG(t);
        const bj = mul(y, t).add(mulG(-cj * BigInt(2 * m - 1)));
        // The real branch: A_m = w·G, B_m = w·y.
        const w = next();
        const am = mulG(w);
        const bm = mul(y, w);
        const alphaHex = encodePoint(alpha);
        const betaHex = encodePoint(beta);
        const commitments = m === 1 ? [aj, bj, am, bm] : [am, bm, aj, bj];
        const c = hashToScalar('prove|' + context + '|' + alphaHex + ',' + betaHex + '|'
            + commitments.map(encodePoint).join(','));
        const cm = mod(c - cj);
        const sm = mod(w + r * cm);
        const pj = proof(aj, bj, cj, sj);
        const pm = proof(am, bm, cm, sm);
        choices.push({ alpha: alphaHex, beta: betaHex });
        individualProofs.push(j === 0 ? [pj, pm] : [pm, pj]);
        nonces.push(r);
        alphaSum = alphaSum.add(alpha);
        betaSum = betaSum.add(beta);
        rSum = mod(rSum + r);
    }
    // The overall proof: (Σα, Σβ) encrypts 1 = M_0 of the single-element list (min = max = 1).
    const w = next();
    const a = mulG(w);
    const b = mul(y, w);
    const c = hashToScalar('prove|' + context + '|' + encodePoint(alphaSum) + ',' + encodePoint(betaSum) + '|'
        + encodePoint(a) + ',' + encodePoint(b));
    const overall = proof(a, b, c, mod(w + rSum * c));

    const ballot = JSON.stringify({
        election_hash: election.fingerprint,
        question,
        pseudonym,
        choices,
        individual_proofs: individualProofs,
        overall_proof: [overall],
    });
    return { ballot, tracker: hashJson(ballot), nonces, choiceIndex: choice };
}
