package fr.budgetcitoyen.urn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ballot for one question (Belenios §4.8, deviation 4): one ciphertext per answer, each with its 0-or-1
 * proof, and the overall proof that exactly one answer is chosen. This class checks the ballot's shape
 * only; {@link BallotVerifier} checks it against the election.
 */
public record Ballot(String electionHash, int question, String pseudonym, List<Ciphertext> choices,
                     List<List<Proof>> individualProofs, List<Proof> overallProof) {

    /**
     * The most characters one answer adds to a ballot: its ciphertext and its pair of proofs, six points of
     * {@link Group#POINT_CHARS} and four scalars of at most 78 digits, with their keys (1,232 at the most).
     */
    public static final int MAX_CHARS_PER_ANSWER = 1300;

    /**
     * The longest serialisation of a ballot with {@link Election#MAX_ANSWERS} answers, so that an absurd
     * message is refused before it is even parsed.
     */
    public static final int MAX_CHARS = 1024 + MAX_CHARS_PER_ANSWER * Election.MAX_ANSWERS;

    public Ballot {
        choices = List.copyOf(choices);
        individualProofs = individualProofs.stream().map(List::copyOf).toList();
        overallProof = List.copyOf(overallProof);
    }

    /** The canonical serialisation, fields in the README's order: what the tracker hashes. */
    public String json() {
        return Json.write(toJson());
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("election_hash", electionHash);
        json.put("question", (long) question);
        json.put("pseudonym", pseudonym);
        json.put("choices", new ArrayList<Object>(choices.stream().map(Ciphertext::toJson).toList()));
        List<Object> individual = new ArrayList<>();
        for (List<Proof> pair : individualProofs) {
            individual.add(new ArrayList<Object>(pair.stream().map(Proof::toJson).toList()));
        }
        json.put("individual_proofs", individual);
        json.put("overall_proof", new ArrayList<Object>(overallProof.stream().map(Proof::toJson).toList()));
        return json;
    }

    /** Belenios' smart ballot tracker (§4.12): {@code H_json} of the canonical serialisation. */
    public String tracker() {
        return tracker(json());
    }

    /** The tracker of a ballot's canonical serialisation, as {@link #parse} accepted it. */
    public static String tracker(String canonicalJson) {
        return Group.hashJson(canonicalJson);
    }

    /**
     * Reads a ballot as the browser sends it. Only the canonical serialisation is accepted, so that the
     * tracker the browser computed on the bytes it sent is the one the server publishes.
     */
    public static Ballot parse(String json) {
        if (json == null || json.length() > MAX_CHARS) {
            throw new InvalidMessageException("bulletin absent ou trop long");
        }
        Map<String, Object> tree = Json.parseObject(json);
        Ballot ballot = fromJson(tree);
        // fromJson accepted only canonical points and numbers (lowercase uncompressed hex, decimal without leading
        // zeros), so writing back what was received, fields in order, is json() without re-encoding 160 numbers.
        if (!Json.write(inSpecOrder(tree)).equals(json)) {
            throw new InvalidMessageException("bulletin : sérialisation non canonique (JSON compact, champs dans"
                    + " l'ordre de la spécification)");
        }
        return ballot;
    }

    /** The parsed ballot with every object's fields in {@link #toJson}'s order, its values as received. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> inSpecOrder(Map<String, Object> tree) {
        Map<String, Object> out = ordered(tree, "election_hash", "question", "pseudonym");
        out.put("choices", ((List<Object>) tree.get("choices")).stream()
                .map(c -> (Object) ordered((Map<String, Object>) c, "alpha", "beta")).toList());
        out.put("individual_proofs", ((List<Object>) tree.get("individual_proofs")).stream()
                .map(pair -> (Object) proofsInOrder((List<Object>) pair)).toList());
        out.put("overall_proof", proofsInOrder((List<Object>) tree.get("overall_proof")));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> proofsInOrder(List<Object> proofs) {
        return proofs.stream().map(p -> (Object) ordered((Map<String, Object>) p, "commitment", "challenge", "response"))
                .toList();
    }

    private static Map<String, Object> ordered(Map<String, Object> in, String... keys) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : keys) {
            out.put(key, in.get(key));
        }
        return out;
    }

    /** Reads a ballot already parsed (for instance from the public board); sizes are checked before points. */
    public static Ballot fromJson(Object value) {
        Map<String, Object> json = Fields.object(value, "bulletin",
                "election_hash", "question", "pseudonym", "choices", "individual_proofs", "overall_proof");
        String electionHash = Json.string(json, "election_hash");
        if (!electionHash.matches("[A-Za-z0-9+/]{43}")) {
            throw new InvalidMessageException("bulletin : empreinte de l'élection mal formée");
        }
        int question = Fields.integer(json, "question", 0, Election.MAX_QUESTIONS - 1);
        String pseudonym = Pseudonyms.require(Json.string(json, "pseudonym"));
        List<Object> choices = Fields.list(json, "choices", 1, Election.MAX_ANSWERS);
        int n = choices.size();
        List<Object> individual = Fields.list(json, "individual_proofs", n, n);
        List<Object> overall = Fields.list(json, "overall_proof", 1, 1);
        for (int k = 0; k < n; k++) {
            Fields.size(Json.asArray(individual.get(k), "preuve individuelle " + k), "preuve individuelle " + k, 2, 2);
        }

        List<Ciphertext> cs = new ArrayList<>(n);
        List<List<Proof>> proofs = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            cs.add(Ciphertext.fromJson(choices.get(k), "chiffré " + k));
            List<Object> pair = Json.asArray(individual.get(k), "preuve individuelle " + k);
            proofs.add(List.of(Proof.fromJson(pair.get(0), "preuve individuelle " + k + ", branche 0"),
                    Proof.fromJson(pair.get(1), "preuve individuelle " + k + ", branche 1")));
        }
        return new Ballot(electionHash, question, pseudonym, cs, proofs,
                List.of(Proof.fromJson(overall.get(0), "preuve globale")));
    }
}
