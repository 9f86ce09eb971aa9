import fr.budgetcitoyen.urn.Ballot;
import fr.budgetcitoyen.urn.BallotEncryptor;
import fr.budgetcitoyen.urn.Election;
import fr.budgetcitoyen.urn.Group;
import fr.budgetcitoyen.urn.Json;
import fr.budgetcitoyen.urn.Pseudonyms;
import fr.budgetcitoyen.urn.Randomness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The public board after the count (run with {@code java -cp urn/target/urn.jar:<bcprov jar> bench/urn/BoardAudit.java …}).
 *
 * <p>{@code counts BOARD CAST_CSV}: the board's decrypted counts against what the load client cast
 * (UrnLoad's cast.csv, accepted ballots only); prints {@code counts_match=yes|no}.
 *
 * <p>{@code tamper BOARD OUTDIR}: writes copies of the board, each with one forgery, for {@code urn-tool verify
 * --board}: {@code 0-untampered.json} (the same board rewritten: must still verify, else the others prove
 * nothing), {@code a-ciphertext.json} (one ciphertext of a ballot replaced by another point of the curve),
 * {@code b-removed-ballot.json} (the last ballot removed), {@code c-forged-factor.json} (one decryption factor
 * of the first partial decryption replaced), {@code d1-other-election.json} (a ballot encrypted for another
 * election, same questions, another key, with its own election hash, added), {@code d2-other-key.json} (the
 * same ballot claiming this election's fingerprint).
 */
public class BoardAudit {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "counts" -> counts(Path.of(args[1]), Path.of(args[2]));
            case "tamper" -> tamper(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("counts BOARD CAST_CSV | tamper BOARD OUTDIR");
        }
    }

    @SuppressWarnings("unchecked")
    static void counts(Path boardFile, Path castFile) throws Exception {
        Map<String, Object> board = Json.parseObject(Files.readString(boardFile));
        Election election = Election.parse((String) board.get("election"));
        long[][] expected = new long[election.questions().size()][];
        for (int k = 0; k < expected.length; k++) {
            expected[k] = new long[election.question(k).answers().size()];
        }
        List<String> lines = Files.readAllLines(castFile);
        long accepted = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f[4].equals("201")) { // voter,question,choice,project,status,tracker_ok
                expected[Integer.parseInt(f[1])][Integer.parseInt(f[2])]++;
                accepted++;
            }
        }
        if (!(board.get("result") instanceof Map<?, ?> result)) {
            System.out.println("no result on the board");
            System.out.println("counts_match=no");
            return;
        }
        List<Object> rows = (List<Object>) result.get("result");
        boolean match = rows.size() == expected.length;
        for (int k = 0; k < expected.length && match; k++) {
            List<Object> row = (List<Object>) rows.get(k);
            long[] got = row.stream().mapToLong(v -> (Long) v).toArray();
            boolean empty = java.util.Arrays.stream(expected[k]).sum() == 0;
            boolean same = java.util.Arrays.equals(got, expected[k]) || (empty && got.length == 0);
            System.out.printf("question %d (%s): board %s, cast %s%s%n", k, election.question(k).category(),
                    java.util.Arrays.toString(got), java.util.Arrays.toString(expected[k]), same ? "" : "  <-- DIFFERENT");
            match &= same;
        }
        System.out.println("accepted ballots cast=" + accepted + ", on the board=" + ((List<Object>) board.get("ballots")).size());
        System.out.println("counts_match=" + (match ? "yes" : "no"));
    }

    @SuppressWarnings("unchecked")
    static void tamper(Path boardFile, Path out) throws Exception {
        String text = Files.readString(boardFile);
        Election election = Election.parse((String) ((Map<String, Object>) Json.parse(text)).get("election"));
        Files.createDirectories(out);
        write(out, "0-untampered.json", Json.parseObject(text));

        // (a) one ciphertext of the first ballot: its alpha becomes another (valid) point of the curve.
        Map<String, Object> a = Json.parseObject(text);
        Map<String, Object> firstChoice = (Map<String, Object>) ((List<Object>) ballots(a).get(0).get("choices")).get(0);
        firstChoice.put("alpha", Group.encode(Group.mulG(Group.randomScalar())));
        write(out, "a-ciphertext.json", a);

        // (b) a ballot removed (the server dropping a vote).
        Map<String, Object> b = Json.parseObject(text);
        List<Object> bs = (List<Object>) b.get("ballots");
        bs.remove(bs.size() - 1);
        write(out, "b-removed-ballot.json", b);

        // (c) a forged partial decryption: one factor of the first holder's replaced by another point.
        Map<String, Object> c = Json.parseObject(text);
        Map<String, Object> partial = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) c.get("result"))
                .get("partial_decryptions")).get(0);
        List<Object> factors = (List<Object>) partial.get("decryption_factors");
        for (Object q : factors) {
            List<Object> row = (List<Object>) q;
            if (!row.isEmpty()) {
                row.set(0, Group.encode(Group.mulG(Group.randomScalar())));
                break;
            }
        }
        write(out, "c-forged-factor.json", c);

        // (d) a ballot made for another election: same questions and holders' keys, another election key
        // (nobody's ciphertexts), another uuid; added with a fresh pseudonym.
        int question = ((Long) ballots(Json.parseObject(text)).get(0).get("question")).intValue();
        Election other = Election.of(UUID.randomUUID().toString(), election.name(), Group.mulG(Group.randomScalar()),
                election.threshold(), election.verificationKeys(), election.questions(), election.earSha256());
        Ballot foreign = BallotEncryptor.encrypt(other, question, 0, Pseudonyms.random(), Randomness.secure()).ballot();
        Map<String, Object> d1 = Json.parseObject(text);
        ((List<Object>) d1.get("ballots")).add(Json.parse(foreign.json()));
        write(out, "d1-other-election.json", d1);
        Map<String, Object> d2 = Json.parseObject(text);
        Map<String, Object> claimed = Json.parseObject(foreign.json());
        claimed.put("election_hash", election.fingerprint());
        ((List<Object>) d2.get("ballots")).add(claimed);
        write(out, "d2-other-key.json", d2);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> ballots(Map<String, Object> board) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Object o : (List<Object>) board.get("ballots")) {
            list.add((Map<String, Object>) o);
        }
        if (list.isEmpty()) {
            throw new IllegalStateException("no ballot on the board (is the vote over?)");
        }
        return list;
    }

    static void write(Path dir, String name, Map<String, Object> board) throws Exception {
        Files.writeString(dir.resolve(name), Json.write(new LinkedHashMap<>(board)));
        System.out.println(dir.resolve(name));
    }
}
