// Ballots (urn/README.md, "A ballot"): encryption with its proofs, the voter's audit (Benaloh challenge)
// and the verification of a ballot's proofs.
import {
    G, ZERO, Q, mod, mul, mulG, mulAddPublic, mulPublic, encodePoint, decodePoint, encodeScalar,
    decodeScalar, hashToScalar, hashJson, randomScalar, abbreviate,
} from './group.js';

const PSEUDONYM = /^[0-9a-f]{32}$/;

let cachedElection = null;

/**
 * Parses the election's exact serialisation (the text the server publishes) once: its fingerprint,
 * its public key y (with a precomputed multiplication table: a ballot multiplies y 3n + 1 times) and
 * its questions.
 */
export function parseElection(electionString) {
    if (typeof electionString !== 'string') {
        throw new Error('the election must be given as its exact serialisation (a string)');
    }
    if (cachedElection !== null && cachedElection.text === electionString) {
        return cachedElection;
    }
    const e = JSON.parse(electionString);
    if (e === null || typeof e !== 'object' || Array.isArray(e)) {
        throw new Error('election: a JSON object is expected');
    }
    if (e.group !== 'P-256') {
        throw new Error('election: unsupported group ' + abbreviate(e.group));
    }
    if (!Array.isArray(e.questions) || e.questions.length === 0) {
        throw new Error('election: no questions');
    }
    const questions = e.questions.map((q, k) => {
        if (q === null || typeof q !== 'object' || !Array.isArray(q.answers) || q.answers.length === 0) {
            throw new Error('election: question ' + k + ' has no answers');
        }
        if (q.min !== 1 || q.max !== 1) {
            throw new Error('election: question ' + k + ' is not min = max = 1');
        }
        return { answers: q.answers.length };
    });
    const y = decodePoint(e.public_key);
    y.precompute(8, true);
    cachedElection = {
        text: electionString,
        fingerprint: hashJson(electionString),
        y,
        questions,
    };
    return cachedElection;
}

function checkIndex(value, bound, what) {
    if (!Number.isInteger(value) || value < 0 || value >= bound) {
        throw new Error(what + ' out of range: ' + abbreviate(value));
    }
    return value;
}

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

function checkKeys(object, keys, what) {
    if (object === null || typeof object !== 'object' || Array.isArray(object)) {
        throw new Error(what + ': a JSON object is expected');
    }
    const actual = Object.keys(object);
    if (actual.length !== keys.length || keys.some((key, i) => actual[i] !== key)) {
        throw new Error(what + ': fields ' + keys.join(', ') + ' expected, in that order');
    }
}

function checkArray(value, length, what) {
    if (!Array.isArray(value) || value.length !== length) {
        throw new Error(what + ': ' + length + ' elements expected');
    }
    return value;
}

/** Parses a ballot and checks its shape against the election (no arithmetic beyond decoding). */
function parseBallot(election, ballotString) {
    if (typeof ballotString !== 'string') {
        throw new Error('the ballot must be given as its serialisation (a string)');
    }
    const b = JSON.parse(ballotString);
    checkKeys(b, ['election_hash', 'question', 'pseudonym', 'choices', 'individual_proofs', 'overall_proof'], 'ballot');
    if (JSON.stringify(b) !== ballotString) {
        throw new Error('ballot: not in the canonical serialisation');
    }
    if (b.election_hash !== election.fingerprint) {
        throw new Error('ballot: not for this election (election_hash differs)');
    }
    checkIndex(b.question, election.questions.length, 'ballot: question');
    if (typeof b.pseudonym !== 'string' || !PSEUDONYM.test(b.pseudonym)) {
        throw new Error('ballot: malformed pseudonym');
    }
    const n = election.questions[b.question].answers;
    const readProof = (p, what) => {
        checkKeys(p, ['commitment', 'challenge', 'response'], what);
        checkArray(p.commitment, 2, what + ' commitment');
        return {
            a: decodePoint(p.commitment[0]),
            b: decodePoint(p.commitment[1]),
            aHex: p.commitment[0],
            bHex: p.commitment[1],
            c: decodeScalar(p.challenge),
            s: decodeScalar(p.response),
        };
    };
    const choices = checkArray(b.choices, n, 'ballot: choices').map((ct, k) => {
        checkKeys(ct, ['alpha', 'beta'], 'ballot: choice ' + k);
        return { alpha: decodePoint(ct.alpha), beta: decodePoint(ct.beta), alphaHex: ct.alpha, betaHex: ct.beta };
    });
    const proofs = checkArray(b.individual_proofs, n, 'ballot: individual_proofs').map((pair, k) =>
        checkArray(pair, 2, 'ballot: individual proof ' + k).map((p, j) => readProof(p, 'ballot: proof ' + k + '.' + j)));
    const overall = checkArray(b.overall_proof, 1, 'ballot: overall_proof').map((p) => readProof(p, 'ballot: overall proof'));
    return { question: b.question, pseudonym: b.pseudonym, choices, proofs, overall };
}

/** Checks one disjunctive proof that (alpha, beta) encrypts one of ms (small integers); throws if not. */
function checkProof(y, context, alpha, beta, alphaHex, betaHex, proofs, ms, what) {
    let sum = 0n;
    for (let j = 0; j < ms.length; j++) {
        const p = proofs[j];
        // A_j = s_j·G − c_j·α and B_j = s_j·y − c_j·(β − M_j·G) = (c_j·M_j)·G + s_j·y − c_j·β.
        // y carries a precomputed table: multiplying it apart is faster than one Strauss–Shamir pass.
        const a = mulAddPublic(p.s, alpha, -p.c);
        const b = mulPublic(y, p.s).add(mulPublic(G, p.c * BigInt(ms[j]))).subtract(mulPublic(beta, p.c));
        if (!a.equals(p.a) || !b.equals(p.b)) {
            throw new Error(what + ': branch ' + j + ' does not verify');
        }
        sum = mod(sum + p.c);
    }
    const c = hashToScalar('prove|' + context + '|' + alphaHex + ',' + betaHex + '|'
        + proofs.map((p) => p.aHex + ',' + p.bHex).join(','));
    if (c !== sum) {
        throw new Error(what + ': the challenges do not add up to the hash');
    }
}

function verifyParsed(election, parsed) {
    const context = election.fingerprint + '|' + parsed.pseudonym + '|' + parsed.question;
    let alphaSum = ZERO;
    let betaSum = ZERO;
    parsed.choices.forEach((ct, k) => {
        checkProof(election.y, context, ct.alpha, ct.beta, ct.alphaHex, ct.betaHex, parsed.proofs[k], [0, 1],
            'individual proof ' + k);
        alphaSum = alphaSum.add(ct.alpha);
        betaSum = betaSum.add(ct.beta);
    });
    checkProof(election.y, context, alphaSum, betaSum, encodePoint(alphaSum), encodePoint(betaSum),
        parsed.overall, [1], 'overall proof');
}

/** Verifies a ballot's shape and all its proofs, as the server does (one by one, not batched); throws if invalid. */
export function verifyBallot(electionString, ballotString) {
    const election = parseElection(electionString);
    verifyParsed(election, parseBallot(election, ballotString));
    return true;
}

/**
 * The voter's audit (Benaloh challenge): with the ballot's nonces r_k revealed, recomputes for each
 * answer k that alpha_k = r_k·G and that beta_k − r_k·y is 0·G or 1·G, checks that exactly one answer
 * carries 1 and that the ballot's proofs verify. Returns the index of the answer the ballot encrypts;
 * throws if anything does not match. An audited ballot must never be cast.
 *
 * @param {string} electionString the election's exact serialisation
 * @param {string} ballotString the ballot's serialisation
 * @param {(bigint|string)[]} nonces r_k for each answer, as bigints or base-10 strings
 * @returns {number} the encrypted answer's index
 */
export function auditBallot(electionString, ballotString, nonces) {
    const election = parseElection(electionString);
    const parsed = parseBallot(election, ballotString);
    checkArray(nonces, parsed.choices.length, 'nonces');
    let chosen = -1;
    parsed.choices.forEach((ct, k) => {
        const r = typeof nonces[k] === 'bigint' ? nonces[k] : decodeScalar(nonces[k]);
        if (r <= 0n || r >= Q) {
            throw new Error('nonce ' + k + ' outside [1, q)');
        }
        if (!G.multiplyUnsafe(r).equals(ct.alpha)) {
            throw new Error('answer ' + k + ': alpha is not r·G for the given nonce');
        }
        const m = ct.beta.subtract(mulPublic(election.y, r));
        if (m.is0()) {
            return;
        }
        if (!m.equals(G)) {
            throw new Error('answer ' + k + ': beta − r·y is neither 0·G nor 1·G');
        }
        if (chosen !== -1) {
            throw new Error('answers ' + chosen + ' and ' + k + ' both encrypt 1');
        }
        chosen = k;
    });
    if (chosen === -1) {
        throw new Error('no answer encrypts 1');
    }
    verifyParsed(election, parsed);
    return chosen;
}
