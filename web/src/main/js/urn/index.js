/*
 * The browser side of the encrypted urn. It follows urn/README.md exactly (Belenios 1.5 on NIST P-256):
 * the same encodings (points as SEC1 uncompressed lowercase hex, scalars in base 10), the same H and H_json,
 * the same ballot JSON (compact, keys in the README's order, so JSON.stringify gives the Java side's bytes),
 * the same proofs (iprove with commitments) and the same order of the random draws, so that the shared
 * vectors urn/src/test/resources/vectors/*.json replay byte for byte (web/src/test/js/).
 *
 * - encryptBallot(electionString, question, choice, pseudonym, randomness?) encrypts the choice of one
 *   project (answer index) in one category (question index) with its individual and overall proofs and
 *   returns {ballot, tracker, nonces, choiceIndex}; the tracker (H_json of the ballot) is the voter's receipt.
 * - auditBallot(electionString, ballotString, nonces) is the voter's Benaloh challenge: from the revealed
 *   nonces it recomputes which answer the ballot encrypts (and checks its proofs); an audited ballot is
 *   discarded, never cast.
 * - verifyBallot checks a ballot's proofs as the server does; hashJson, hashToScalar and the encodings are
 *   exported for the tests.
 *
 * Arithmetic: @noble/curves (p256), SHA-256: @noble/hashes; randomness: crypto.getRandomValues with
 * rejection sampling. Bundled by esbuild into resources/js/urn.js (IIFE global BudgetUrn) and, through
 * vote-urn.js, into resources/js/vote-urn.js. Nothing is fetched at run time, no eval.
 */
export { parseElection } from './election.js';
export { encryptBallot } from './ballot.js';
export { auditBallot, verifyBallot } from './verify.js';
export {
    G, Q, hashJson, hashToScalar, mulG, encodePoint, decodePoint, encodeScalar, decodeScalar, randomScalar,
} from './group.js';
