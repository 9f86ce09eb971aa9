package fr.budgetcitoyen.urn;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the vectors shared with the browser's implementation ({@code src/test/resources/vectors/}):
 * deterministic, so that {@link VectorsTest} can check the checked-in files are exactly what this class
 * writes. Run once, after a deliberate change of the protocol:
 * {@code java -cp target/test-classes:target/classes:<bcprov.jar> fr.budgetcitoyen.urn.VectorsGenerator src/test/resources/vectors}.
 */
final class VectorsGenerator {

    /** The election's decryption key, so that the browser's tests may decrypt their own ballots too. */
    static final BigInteger SECRET = Group.hashToScalar("vector|secret");

    private VectorsGenerator() {
    }

    static Election election() {
        List<String> twenty = new ArrayList<>();
        for (int i = 101; i <= 120; i++) {
            twenty.add(String.valueOf(i));
        }
        return Election.of("vectors2026", "Budget citoyen 2026 — vecteurs d’essai « ESS » éàç", Group.mulG(SECRET), 1,
                List.of(Group.mulG(SECRET)),
                List.of(new Election.Question("ENVIRONNEMENT", List.of("7")),
                        new Election.Question("COOPERATION", List.of("12", "15", "19")),
                        new Election.Question("EMPLOI", twenty)),
                "5e".repeat(32));
    }

    /** The cases' (question, choice). */
    private static final int[][] CASES = {{0, 0}, {1, 1}, {2, 13}, {1, 2}};

    static String ballots() {
        Election election = election();
        int drawn = 0;
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < CASES.length; i++) {
            int question = CASES[i][0];
            int choice = CASES[i][1];
            int answers = election.question(question).answers().size();
            // r, c, s, w per answer, then the overall proof's w.
            List<BigInteger> randomness = new ArrayList<>();
            for (int j = 0; j < 4 * answers + 1; j++) {
                randomness.add(Group.hashToScalar("vector|" + drawn++));
            }
            String pseudonym = HexFormat.of().formatHex(Group.sha256(("vector|pseudonym|" + i)
                    .getBytes(StandardCharsets.UTF_8))).substring(0, 32);
            Ballot ballot = BallotEncryptor.encrypt(election, question, choice, pseudonym,
                    Randomness.replay(randomness)).ballot();
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("election", election.json());
            c.put("question", (long) question);
            c.put("choice", (long) choice);
            c.put("pseudonym", pseudonym);
            c.put("randomness", new ArrayList<Object>(randomness.stream().map(Group::scalar).toList()));
            c.put("ballot", ballot.json());
            c.put("tracker", ballot.tracker());
            cases.add(Json.write(c));
        }
        return "[\n" + String.join(",\n", cases) + "\n]\n";
    }

    static String points() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("generator", Group.encode(Group.G));
        json.put("order", Group.scalar(Group.Q));
        List<Object> multiples = new ArrayList<>();
        List<BigInteger> ks = new ArrayList<>(List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3),
                BigInteger.valueOf(1000), Group.Q.subtract(BigInteger.ONE), SECRET));
        for (int i = 0; i < 3; i++) {
            ks.add(Group.hashToScalar("vector|" + i));
        }
        for (BigInteger k : ks) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("k", Group.scalar(k));
            m.put("point", Group.encode(Group.mulG(k)));
            multiples.add(m);
        }
        json.put("multiples", multiples);
        List<Object> hashes = new ArrayList<>();
        for (String input : List.of("", "vector|0", "prove|abc|def", "sk|123456789ABCDEFGHJKLMN", "éà — « ESS »")) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("input", input);
            h.put("scalar", Group.scalar(Group.hashToScalar(input)));
            h.put("hash_json", Group.hashJson(input));
            hashes.add(h);
        }
        json.put("hashes", hashes);
        Map<String, Object> election = new LinkedHashMap<>();
        election.put("fingerprint", election().fingerprint());
        election.put("secret_key", Group.scalar(SECRET));
        json.put("ballots_election", election);
        return Json.write(json).replace("},{", "},\n{").replace("[{", "[\n{") + "\n";
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/vectors");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ballots.json"), ballots(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("points.json"), points(), StandardCharsets.UTF_8);
    }
}
