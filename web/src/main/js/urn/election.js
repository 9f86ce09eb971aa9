// The election as the server publishes it (urn/README.md, "The election"): parsed once, its public key
// given a multiplication table; and the checks a ballot's indices and pseudonym share.
import { decodePoint, hashJson, abbreviate } from './group.js';

export const PSEUDONYM = /^[0-9a-f]{32}$/;

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

export function checkIndex(value, bound, what) {
    if (!Number.isInteger(value) || value < 0 || value >= bound) {
        throw new Error(what + ' out of range: ' + abbreviate(value));
    }
    return value;
}
