package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.WNafUtil;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sealed election (Belenios §4.7, README « The election »), kept as the exact string the server sealed:
 * the fingerprint is the hash of those bytes, so the string, not the parsed form, is the reference. It is
 * accepted only in its canonical serialisation (compact, keys in the README's order), so that the browser,
 * the server and any verifier agree on it byte for byte.
 */
public final class Election {

    /** Bounds checked before any arithmetic, generous for a citizen budget. */
    public static final int MAX_CHARS = 1_000_000;
    public static final int MAX_QUESTIONS = 64;
    public static final int MAX_ANSWERS = 500;
    public static final int MAX_TRUSTEES = 64;
    static final int MAX_LABEL = 200;

    /** One question per category; the answers are its projects' identifiers; always {@code min = max = 1}. */
    public record Question(String category, List<String> answers, int min, int max) {
        public Question {
            answers = List.copyOf(answers);
        }

        public Question(String category, List<String> answers) {
            this(category, answers, 1, 1);
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("category", category);
            json.put("answers", new ArrayList<Object>(answers));
            json.put("min", (long) min);
            json.put("max", (long) max);
            return json;
        }
    }

    private final String json;
    private final String fingerprint;
    private final String uuid;
    private final String name;
    private final ECPoint publicKey;
    private final int threshold;
    private final List<ECPoint> verificationKeys;
    private final List<Question> questions;
    private final String earSha256;

    private Election(String json, Map<String, Object> map) {
        this.json = json;
        this.fingerprint = Group.hashJson(json);
        Fields.exactly(map, "élection", "version", "group", "uuid", "name", "public_key", "trustees", "questions",
                "ear_sha256");
        if (Json.integer(map, "version") != 1) {
            throw new InvalidMessageException("élection : version 1 attendue");
        }
        if (!"P-256".equals(Json.string(map, "group"))) {
            throw new InvalidMessageException("élection : groupe « P-256 » attendu");
        }
        uuid = Json.string(map, "uuid");
        if (!uuid.matches("[0-9A-Za-z_-]{1,64}")) {
            throw new InvalidMessageException("élection : identifiant (uuid) mal formé");
        }
        name = label(Json.string(map, "name"), "nom de l'élection");
        publicKey = Group.decode(Json.string(map, "public_key"));
        // One instance for every ballot: BouncyCastle caches its wNAF table on the point object itself,
        // and a base point gets the widest table at once.
        WNafUtil.configureBasepoint(publicKey);

        Map<String, Object> trustees = Json.object(map, "trustees");
        Fields.exactly(trustees, "élection, trustees", "threshold", "verification_keys");
        List<Object> keys = Fields.list(trustees, "verification_keys", 1, MAX_TRUSTEES);
        threshold = Fields.integer(trustees, "threshold", 1, keys.size());
        List<ECPoint> vks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object key : keys) {
            if (!(key instanceof String hex) || !seen.add(hex)) {
                throw new InvalidMessageException("élection : clés de vérification distinctes attendues");
            }
            vks.add(Group.decode(hex));
        }
        verificationKeys = List.copyOf(vks);

        List<Question> qs = new ArrayList<>();
        Set<String> categories = new HashSet<>();
        for (Object q : Fields.list(map, "questions", 1, MAX_QUESTIONS)) {
            Question question = question(Json.asObject(q, "question " + qs.size()), qs.size());
            if (!categories.add(question.category())) {
                throw new InvalidMessageException("élection : catégorie « " + question.category() + " » répétée");
            }
            qs.add(question);
        }
        questions = List.copyOf(qs);

        earSha256 = Json.string(map, "ear_sha256");
        if (!earSha256.matches("[0-9a-f]{64}")) {
            throw new InvalidMessageException("élection : ear_sha256 doit être 64 chiffres hexadécimaux minuscules");
        }
    }

    private static Question question(Map<String, Object> json, int index) {
        String what = "élection, question " + index;
        Fields.exactly(json, what, "category", "answers", "min", "max");
        String category = label(Json.string(json, "category"), what + ", catégorie");
        List<String> answers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object a : Fields.list(json, "answers", 1, MAX_ANSWERS)) {
            if (!(a instanceof String answer) || !seen.add(answer)) {
                throw new InvalidMessageException(what + " : réponses distinctes, sous forme de chaînes, attendues");
            }
            answers.add(label(answer, what + ", réponse"));
        }
        if (Json.integer(json, "min") != 1 || Json.integer(json, "max") != 1) {
            throw new InvalidMessageException(what + " : min = max = 1 attendu (un seul projet par catégorie)");
        }
        return new Question(category, answers, 1, 1);
    }

    private static String label(String s, String what) {
        if (s.isEmpty() || s.length() > MAX_LABEL || !s.strip().equals(s)) {
            throw new InvalidMessageException(what + " : texte non vide, sans espace aux bords, d'au plus "
                    + MAX_LABEL + " caractères attendu");
        }
        return s;
    }

    /** Reads and checks the sealed serialisation, which must be canonical. */
    public static Election parse(String json) {
        if (json == null || json.length() > MAX_CHARS) {
            throw new InvalidMessageException("élection absente ou trop longue");
        }
        Election election = new Election(json, Json.parseObject(json));
        if (!serialise(election.uuid, election.name, election.publicKey, election.threshold,
                election.verificationKeys, election.questions, election.earSha256).equals(json)) {
            throw new InvalidMessageException("élection : sérialisation non canonique (JSON compact, champs dans"
                    + " l'ordre de la spécification)");
        }
        return election;
    }

    /** The canonical serialisation of an election made of these parts (the server's sealing). */
    public static Election of(String uuid, String name, ECPoint publicKey, int threshold,
                              List<ECPoint> verificationKeys, List<Question> questions, String earSha256) {
        return parse(serialise(uuid, name, publicKey, threshold, verificationKeys, questions, earSha256));
    }

    private static String serialise(String uuid, String name, ECPoint publicKey, int threshold,
                                    List<ECPoint> verificationKeys, List<Question> questions, String earSha256) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", 1L);
        json.put("group", "P-256");
        json.put("uuid", uuid);
        json.put("name", name);
        json.put("public_key", Group.encode(publicKey));
        Map<String, Object> trustees = new LinkedHashMap<>();
        trustees.put("threshold", (long) threshold);
        trustees.put("verification_keys", new ArrayList<Object>(verificationKeys.stream().map(Group::encode).toList()));
        json.put("trustees", trustees);
        json.put("questions", new ArrayList<Object>(questions.stream().map(Question::toJson).toList()));
        json.put("ear_sha256", earSha256);
        return Json.write(json);
    }

    /** The exact sealed string. */
    public String json() { return json; }

    /** {@code H_json} of the sealed string: the election hash every ballot carries. */
    public String fingerprint() { return fingerprint; }

    public String uuid() { return uuid; }

    public String name() { return name; }

    /** The election key y; always the same instance (its multiplication tables stay cached). */
    public ECPoint publicKey() { return publicKey; }

    public int threshold() { return threshold; }

    public List<ECPoint> verificationKeys() { return verificationKeys; }

    public List<Question> questions() { return questions; }

    public Question question(int index) {
        return questions.get(index);
    }

    public String earSha256() { return earSha256; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Election e && e.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() { return json; }

    /**
     * What differs between this election and the key ceremony's public outcome: its key (the ceremony's is
     * {@code ceremonyKey}, Σ A_i0), its threshold, its holders' verification keys. Empty when they agree.
     */
    public List<String> mismatches(ThresholdParameters parameters, ECPoint ceremonyKey) {
        List<String> mismatches = new ArrayList<>();
        if (!ceremonyKey.equals(publicKey())) {
            mismatches.add("la clé de l'élection n'est pas celle issue des engagements des détenteurs (Σ A_i0)");
        }
        if (parameters.threshold() != threshold()) {
            mismatches.add("le seuil de l'élection (" + threshold() + ") n'est pas celui de la cérémonie ("
                    + parameters.threshold() + ")");
        }
        if (!parameters.verificationKeyPoints().equals(verificationKeys())) {
            mismatches.add("les clés de vérification de l'élection ne sont pas celles de la cérémonie des clés");
        }
        return mismatches;
    }
}
