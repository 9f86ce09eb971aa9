package fr.budgetcitoyen.urn.tool;

import fr.budgetcitoyen.urn.Ballot;
import fr.budgetcitoyen.urn.BallotEncryptor;
import fr.budgetcitoyen.urn.Decryption;
import fr.budgetcitoyen.urn.Election;
import fr.budgetcitoyen.urn.EncryptedTally;
import fr.budgetcitoyen.urn.Json;
import fr.budgetcitoyen.urn.KeyCeremony;
import fr.budgetcitoyen.urn.PartialDecryption;
import fr.budgetcitoyen.urn.Pseudonyms;
import fr.budgetcitoyen.urn.Randomness;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole ceremony through the tool against a fake server: holders 1 and 2 with the {@code holder}
 * command, holder 3 in file mode (its key on a machine without network), then the decryption by two of
 * them, and the board's verification.
 */
@Timeout(30)
class UrnToolTest {

    @TempDir
    static Path dir;

    private static FakeServer server;
    private static Election election;
    private static EncryptedTally tally;
    private static List<Ballot> ballots;
    private static final int[][] VOTES = {{0, 2, 2, 1, 2}, {1, 1, 0}};
    private static final long[][] COUNTS = {{1, 1, 3}, {1, 2}};

    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = UrnTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path key(int holder) {
        return dir.resolve("holder" + holder + ".key");
    }

    static Result holder(int holder) {
        return run("holder", "--server", server.url(), "--year", "2026", "--email", "h" + holder + "@example.org",
                "--key", key(holder).toString(), "--password-file", dir.resolve("password" + holder).toString());
    }

    /** Holder 3 saves the ceremony's JSON by hand, runs the tool offline, and hands the message over. */
    static Result offline(String command, int holder) throws IOException {
        Path ceremony = dir.resolve("ceremony-" + command + ".json");
        Files.writeString(ceremony, Json.write(server.ceremony(holder)));
        Result result = run(command, "--key", key(holder).toString(), "--ceremony", ceremony.toString());
        assertEquals(0, result.code, result.all());
        server.submit(holder, command.toUpperCase(), result.out.strip());
        return result;
    }

    static void ok(Result result, String expected) {
        assertEquals(0, result.code, result.all());
        assertTrue(result.out.contains(expected), result.all());
    }

    @BeforeAll
    static void ceremony() throws IOException {
        server = new FakeServer(3, 2);
        for (int i = 1; i <= 3; i++) {
            server.account("h" + i + "@example.org", "mot de passe " + i, i);
            Files.writeString(dir.resolve("password" + i), "mot de passe " + i + "\n");
        }

        ok(holder(1), "Étape : CERT");
        assertTrue(Files.exists(key(1)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key(1))));
        ok(holder(1), "Étape : WAIT");
        ok(holder(2), "Empreinte de votre clé : ");
        Result cert = run("cert", "--key", key(3).toString());
        assertEquals(0, cert.code, cert.all());
        server.submit(3, "CERT", cert.out.strip());

        // A refusal shows the server's message and fails; the holder runs the step again.
        server.refuseNext = "Le polynôme est refusé pour l'exemple.";
        Result refused = holder(1);
        assertEquals(1, refused.code, refused.all());
        assertTrue(refused.err.contains("Le polynôme est refusé pour l'exemple."), refused.all());
        assertNull(server.polynomials[0]);

        Result polynomial = holder(1);
        ok(polynomial, "Étape : POLYNOMIAL");
        assertTrue(polynomial.out.contains("détenteur 1 : "), polynomial.out);
        assertEquals(1, polynomial.out.split("← vous", -1).length - 1, polynomial.out);
        ok(holder(2), "Message du détenteur 2 reçu (POLYNOMIAL).");
        offline("polynomial", 3);

        ok(holder(1), "Étape : VOUTPUT");
        ok(holder(2), "Étape : VOUTPUT");
        assertNull(server.parameters);
        offline("voutput", 3);
        assertNotNull(server.parameters);
        ok(holder(1), "Étape : DONE");

        ECPoint y = KeyCeremony.electionKey(server.parameters);
        election = Election.of("e2026", "Budget citoyen 2026", y, 2, server.parameters.verificationKeyPoints(),
                List.of(new Election.Question("COOPERATION", List.of("12", "15", "19")),
                        new Election.Question("EMPLOI", List.of("3", "4"))),
                "ab".repeat(32));
        server.election = election;
        tally = new EncryptedTally(election);
        ballots = new ArrayList<>();
        for (int k = 0; k < VOTES.length; k++) {
            for (int choice : VOTES[k]) {
                Ballot ballot = BallotEncryptor.encrypt(election, k, choice, Pseudonyms.random(), Randomness.secure()).ballot();
                ballots.add(ballot);
                tally.add(ballot);
            }
        }
        server.board = board(null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String board(Object result) {
        Map<String, Object> board = new LinkedHashMap<>();
        board.put("election", election.json());
        board.put("fingerprint", election.fingerprint());
        board.put("threshold_parameters", server.parameters.toJson());
        board.put("participations", List.of((long) VOTES[0].length, (long) VOTES[1].length));
        board.put("ballots", new ArrayList<Object>(ballots.stream().map(Ballot::toJson).toList()));
        board.put("result", result);
        return Json.write(board);
    }

    @Test
    void twoOfTheThreeHoldersDecryptTheTally() throws IOException {
        // A dishonest server first asks to decrypt one voter's ballot as if it were the tally: refused.
        EncryptedTally one = new EncryptedTally(election);
        one.add(ballots.get(0));
        server.encryptedTally = one.json();
        Result refused = holder(2);
        assertEquals(1, refused.code, refused.all());
        assertTrue(refused.err.contains("refus de déchiffrer : le décompte chiffré à déchiffrer n'est pas la somme des 8 bulletins publiés"),
                refused.all());
        assertNull(server.partials[1]);

        server.encryptedTally = tally.json();
        ok(holder(1), "Décompte chiffré vérifié : c'est la somme des 8 bulletins valides du tableau public");
        Path board = dir.resolve("board.json");
        Files.writeString(board, server.board);
        Path ceremony = dir.resolve("ceremony-decrypt.json");
        Files.writeString(ceremony, Json.write(server.ceremony(3)));
        Result decrypt = run("decrypt", "--key", key(3).toString(), "--ceremony", ceremony.toString(), "--board", board.toString());
        assertEquals(0, decrypt.code, decrypt.all());
        server.submit(3, "DECRYPT", decrypt.out.strip());
        ok(holder(1), "Étape : DONE");

        List<PartialDecryption> partials = Arrays.stream(server.partials).filter(Objects::nonNull)
                .map(PartialDecryption::parse).toList();
        assertEquals(List.of(1, 3), partials.stream().map(PartialDecryption::trustee).toList());
        long[] numTallied = {VOTES[0].length, VOTES[1].length};
        long[][] counts = Decryption.combine(tally, partials, election.verificationKeys(), 2, numTallied);
        assertArrayEquals(COUNTS, counts);

        // The board with its result verifies; tampered, it does not.
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("num_tallied", List.of(numTallied[0], numTallied[1]));
        result.put("encrypted_tally", Json.parse(tally.json()));
        result.put("partial_decryptions", new ArrayList<Object>(partials.stream().map(PartialDecryption::toJson).toList()));
        result.put("result", List.of(List.of(1L, 1L, 3L), List.of(1L, 2L)));
        Path full = dir.resolve("board-result.json");
        Files.writeString(full, board(result));
        Result verified = run("verify", "--board", full.toString());
        assertEquals(0, verified.code, verified.all());
        assertTrue(verified.out.endsWith("vérifié\n"), verified.out);

        result.put("result", List.of(List.of(1L, 2L, 2L), List.of(1L, 2L)));
        Path forged = dir.resolve("board-forged.json");
        Files.writeString(forged, board(result));
        Result failed = run("verify", "--board", forged.toString());
        assertEquals(1, failed.code, failed.all());
        assertTrue(failed.out.matches("(?s).*\\néchec : [1-9][0-9]* problème\\(s\\)\n"), failed.out);
    }

    @Test
    void verifiesTheBoardFromTheServerBeforeTheCount() {
        Result result = run("verify", "--server", server.url(), "--year", "2026");
        assertEquals(0, result.code, result.all());
        assertTrue(result.out.endsWith("vérifié\n"), result.out);
        assertTrue(result.out.contains("8 bulletin(s) vérifié(s) ; l'urne n'est pas encore ouverte"), result.out);
    }

    @Test
    void fingerprintsOfTheBoard() {
        Result result = run("fingerprints", "--server", server.url(), "--year", "2026");
        ok(result, "Empreinte de l'élection : " + election.fingerprint());
        for (int i = 1; i <= 3; i++) {
            assertTrue(result.out.contains("détenteur " + i + " : " + server.certList().get(i - 1).fingerprint()), result.out);
        }
    }

    @Test
    void anExistingKeyFileIsNeverReplaced() throws IOException {
        String before = Files.readString(key(1));
        Result cert = run("cert", "--key", key(1).toString());
        assertEquals(0, cert.code, cert.all());
        assertEquals(before, Files.readString(key(1)));
        assertEquals(server.certList().get(0).serialize(), Json.write(Json.parse(cert.out.strip())));
    }

    @Test
    void aWrongPasswordFails() throws IOException {
        Files.writeString(dir.resolve("wrong"), "pas le bon\n");
        Result result = run("holder", "--server", server.url(), "--year", "2026", "--email", "h1@example.org",
                "--key", key(1).toString(), "--password-file", dir.resolve("wrong").toString());
        assertEquals(1, result.code, result.all());
        assertTrue(result.err.contains("connexion refusée : Adresse électronique ou mot de passe incorrect."), result.all());
    }

    @Test
    void misusedCommandLinesExitWithTwo() {
        assertEquals(2, run().code);
        assertEquals(2, run("voter").code);
        assertEquals(2, run("holder", "--server", server.url()).code);
        assertEquals(2, run("cert", "--key").code);
        assertEquals(2, run("verify", "--board", "x", "--server", "y").code);
        assertEquals(2, run("holder", "--server", server.url(), "--year", "26", "--email", "e", "--key", "k").code);
        Result help = run("--help");
        assertEquals(0, help.code);
        assertTrue(help.out.contains("holder --server URL --year AAAA --email ADRESSE --key FICHIER"), help.out);
    }

    @Test
    void aMissingKeyFileFailsAfterTheFirstStep() throws IOException {
        Path ceremony = dir.resolve("ceremony-missing.json");
        Files.writeString(ceremony, "{\"step\":\"POLYNOMIAL\",\"position\":1,\"threshold\":2,\"holders\":3}");
        Result result = run("polynomial", "--key", dir.resolve("nowhere.key").toString(), "--ceremony", ceremony.toString());
        assertEquals(1, result.code);
        assertTrue(result.err.contains("fichier de clé introuvable"), result.err);
        Result wrongStep = run("voutput", "--key", key(1).toString(), "--ceremony", ceremony.toString());
        assertEquals(1, wrongStep.code);
        assertTrue(wrongStep.err.contains("à l'étape « POLYNOMIAL », pas « VOUTPUT »"), wrongStep.err);
    }
}
