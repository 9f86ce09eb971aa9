package fr.budgetcitoyen.urn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The part of {@link BoardVerifier} that checks an opened urn's {@code result}: the number of ballots tallied, the
 * encrypted tally against the sum of the ballots, at least {@code t} proven partial decryptions from distinct
 * holders, and the published counts against their combination.
 */
final class BoardResult {

    private final Election election;
    private final long[] valid;
    private final EncryptedTally tally;
    private final Consumer<String> fail;

    /** {@code valid}: the valid ballots per question; {@code tally}: their sum, as the verifier computed them. */
    BoardResult(Election election, long[] valid, EncryptedTally tally, Consumer<String> fail) {
        this.election = election;
        this.valid = valid;
        this.tally = tally;
        this.fail = fail;
    }

    /** A list of {@code size} non-negative counts, one per question. */
    static List<Long> counts(Object json, String what, int size) {
        List<Object> list = Fields.size(Json.asArray(json, what), what, size, size);
        List<Long> counts = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Long n) || n < 0) {
                throw new InvalidMessageException(what + " : entiers positifs ou nuls attendus");
            }
            counts.add(n);
        }
        return counts;
    }

    /** Checks the board's {@code result} field, reporting each failure. */
    void check(Object json) {
        Map<String, Object> result;
        List<Long> numTallied;
        EncryptedTally published;
        try {
            result = Json.asObject(json, "résultat");
            Fields.exactly(result, "résultat", "num_tallied", "encrypted_tally", "partial_decryptions", "result");
            numTallied = counts(result.get("num_tallied"), "résultat, num_tallied", valid.length);
            published = EncryptedTally.fromJson(result.get("encrypted_tally"), election);
        } catch (InvalidMessageException e) {
            fail.accept("résultat illisible : " + e.getMessage());
            return;
        }
        for (int k = 0; k < valid.length; k++) {
            if (numTallied.get(k) != valid[k]) {
                fail.accept("question " + k + " : " + numTallied.get(k) + " bulletins comptés (num_tallied) pour "
                        + valid[k] + " bulletins valides dans l'urne");
            }
        }
        List<List<Ciphertext>> ciphertexts = published.ciphertexts();
        List<List<Ciphertext>> expected = tally.ciphertexts();
        for (int k = 0; k < valid.length; k++) {
            if (!ciphertexts.get(k).equals(expected.get(k))) {
                fail.accept("question " + k + " : le décompte chiffré publié n'est pas la somme des bulletins de l'urne");
            }
        }

        List<PartialDecryption> proven = partialDecryptions(result.get("partial_decryptions"), ciphertexts);
        if (proven.size() < election.threshold()) {
            fail.accept("il faut les décryptions partielles prouvées d'au moins " + election.threshold()
                    + " détenteurs distincts, il y en a " + proven.size());
            return;
        }
        long[][] counts;
        try {
            counts = Decryption.combine(ciphertexts, proven, election.verificationKeys(), election.threshold(),
                    numTallied.stream().mapToLong(Long::longValue).toArray());
        } catch (InvalidMessageException e) {
            fail.accept("déchiffrement : " + e.getMessage());
            return;
        }
        counts(result.get("result"), counts);
    }

    /** The partial decryptions whose proofs hold, one per holder; reports the others. */
    private List<PartialDecryption> partialDecryptions(Object json, List<List<Ciphertext>> ciphertexts) {
        List<PartialDecryption> proven = new ArrayList<>();
        List<Object> list;
        try {
            list = Fields.size(Json.asArray(json, "décryptions partielles"), "décryptions partielles", 0,
                    KeyCeremony.MAX_HOLDERS);
        } catch (InvalidMessageException e) {
            fail.accept(e.getMessage());
            return proven;
        }
        Set<Integer> trustees = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                PartialDecryption partial = PartialDecryption.fromJson(list.get(i));
                int z = partial.trustee();
                if (z > election.verificationKeys().size()) {
                    throw new InvalidMessageException("détenteur " + z + " inconnu");
                }
                if (!trustees.add(z)) {
                    throw new InvalidMessageException("deuxième décryption du détenteur " + z);
                }
                partial.verify(election.verificationKeys().get(z - 1), ciphertexts);
                proven.add(partial);
            } catch (InvalidMessageException e) {
                fail.accept("décryption partielle n° " + (i + 1) + " : " + e.getMessage());
            }
        }
        return proven;
    }

    /** The published counts against the decrypted ones. */
    private void counts(Object json, long[][] decrypted) {
        try {
            List<Object> questions = Fields.size(Json.asArray(json, "résultat"), "résultat", decrypted.length,
                    decrypted.length);
            for (int k = 0; k < decrypted.length; k++) {
                List<Object> answers = Fields.size(Json.asArray(questions.get(k), "résultat, question " + k),
                        "résultat, question " + k, decrypted[k].length, decrypted[k].length);
                for (int a = 0; a < decrypted[k].length; a++) {
                    if (!(answers.get(a) instanceof Long n) || n != decrypted[k][a]) {
                        fail.accept("résultat publié faux : question " + k + ", projet « "
                                + election.question(k).answers().get(a) + " » : publié " + answers.get(a)
                                + ", déchiffré " + decrypted[k][a]);
                    }
                }
            }
        } catch (InvalidMessageException e) {
            fail.accept(e.getMessage());
        }
    }
}
