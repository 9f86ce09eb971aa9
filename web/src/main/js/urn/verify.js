// A ballot's verification, as the server does it, and the voter's audit (Benaloh challenge)
// (urn/README.md, "A ballot").
import {
    G, ZERO, Q, mod, mulAddPublic, mulPublic, encodePoint, decodePoint, decodeScalar, hashToScalar,
} from './group.js';
import { PSEUDONYM, checkIndex, parseElection } from './election.js';

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
