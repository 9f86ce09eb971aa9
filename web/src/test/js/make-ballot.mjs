#!/usr/bin/env node
// Prints a ballot made by the browser code (web/src/main/js/urn/), so that a Java test can check that a
// JavaScript-made ballot verifies in Java.
//
//   node web/src/test/js/make-ballot.mjs <election-file> <question> <choice> <pseudonym> [--json]
//
// <election-file> holds the election's exact serialisation (UTF-8, read as is: no newline is stripped,
// the fingerprint is H_json of the whole content). Prints the ballot JSON on one line on stdout; with
// --json prints {"ballot": "<ballot string>", "tracker": "…", "nonces": ["<decimal>"…], "choice": c}
// instead. Exit status 2 on a usage error, 1 if the encryption fails (message on stderr).
// Needs `npm ci` once in web/ (node_modules). Works from any directory.
import { readFileSync } from 'node:fs';
import { encryptBallot } from './helpers.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const positional = args.filter((a) => a !== '--json');
if (positional.length !== 4 || !/^[0-9]+$/.test(positional[1]) || !/^[0-9]+$/.test(positional[2])) {
    process.stderr.write('usage: node make-ballot.mjs <election-file> <question> <choice> <pseudonym> [--json]\n');
    process.exit(2);
}
const [file, question, choice, pseudonym] = positional;
try {
    const election = readFileSync(file, 'utf8');
    const r = encryptBallot(election, Number(question), Number(choice), pseudonym);
    const out = json
        ? JSON.stringify({ ballot: r.ballot, tracker: r.tracker, nonces: r.nonces.map(String), choice: r.choiceIndex })
        : r.ballot;
    process.stdout.write(out + '\n');
} catch (e) {
    process.stderr.write('make-ballot: ' + (e && e.message ? e.message : e) + '\n');
    process.exit(1);
}
