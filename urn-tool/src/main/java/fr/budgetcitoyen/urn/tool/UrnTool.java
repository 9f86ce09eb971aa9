package fr.budgetcitoyen.urn.tool;

import fr.budgetcitoyen.urn.BoardHeader;
import fr.budgetcitoyen.urn.Cert;
import fr.budgetcitoyen.urn.Group;
import fr.budgetcitoyen.urn.InvalidMessageException;
import fr.budgetcitoyen.urn.Json;
import fr.budgetcitoyen.urn.KeyHolder;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The key holders' tool and the public board's verifier (urn/README.md, « The key holders' tool »).
 * A holder's seed never leaves the machine the tool runs on: the tool sends the server only what the
 * protocol makes public or encrypts to a holder. Exit codes: 0 success, 1 failure, 2 misused command line.
 */
public final class UrnTool {

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    UrnTool(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, System.getenv()));
    }

    /** Runs one command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        UrnTool tool = new UrnTool(out, err, env);
        try {
            return tool.dispatch(args);
        } catch (ToolException e) {
            err.println("urn-tool : " + e.getMessage());
            if (e.exitCode() == ToolException.USAGE) {
                err.println("Aide : java -jar urn-tool.jar --help");
            }
            return e.exitCode();
        } catch (InvalidMessageException e) {
            err.println("urn-tool : " + e.getMessage());
            return ToolException.FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int dispatch(String[] args) {
        if (args.length == 0) {
            err.print(Usage.TEXT);
            return ToolException.USAGE;
        }
        String command = args[0];
        return switch (command) {
            case "--help", "-h", "help", "aide" -> {
                out.print(Usage.TEXT);
                yield 0;
            }
            case "holder" -> holder(Options.parse(command, args, 1, Set.of("server", "year", "email", "key", "password-file")));
            case "cert" -> cert(Options.parse(command, args, 1, Set.of("key")));
            case "polynomial", "voutput", "decrypt" -> offline(command,
                    Options.parse(command, args, 1, command.equals("decrypt")
                            ? Set.of("key", "ceremony", "board") : Set.of("key", "ceremony")));
            case "fingerprints" -> fingerprints(Options.parse(command, args, 1, Set.of("server", "year", "board")));
            case "verify" -> verify(Options.parse(command, args, 1, Set.of("server", "year", "board")));
            default -> throw ToolException.usage("commande inconnue : " + command);
        };
    }

    // The holder's ceremony, with the server.

    private int holder(Options options) {
        int year = options.year();
        Path keyFile = Path.of(options.required("key"));
        ServerClient server = new ServerClient(options.required("server"));
        String email = options.required("email");
        String password = password(options);
        if (server.isPlainHttp()) {
            err.println("Attention : connexion non chiffrée (http). Utilisez l'adresse https du serveur.");
        }
        server.signIn(email, password);
        String path = "/api/urn/" + year + "/ceremony";
        Map<String, Object> ceremony = server.getObject(path);
        String step = Json.string(ceremony, "step");
        out.println("Étape : " + step);
        if (ceremony.get("message") instanceof String message) {
            out.println(message);
        }
        if (ceremony.get("threshold") instanceof Long t && ceremony.get("holders") instanceof Long n) {
            out.println("Seuil : " + t + " détenteurs sur " + n + " suffiront pour ouvrir l'urne.");
        }
        KeyHolder me = HolderStep.CERT.equals(step) ? null : (Files.exists(keyFile) ? KeyFile.read(keyFile) : null);
        List<Cert> certs = certs(ceremony);
        HolderStep.printFingerprints(certs, me, out);
        if (!HolderStep.isComputed(step)) {
            return 0;
        }
        if (HolderStep.CERT.equals(step)) {
            me = KeyFile.readOrCreate(keyFile, out);
        } else if (me == null) {
            me = KeyFile.read(keyFile);
        }
        if (HolderStep.DECRYPT.equals(step)) {
            TallyCheck.check(server.getReader("/api/campaigns/" + year + "/board"), ceremony.get("encrypted_tally"), out);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("step", step);
        body.put("message", HolderStep.message(me, step, ceremony));
        Map<String, Object> answer = server.postObject(path, body);
        out.println("Envoyé.");
        if (answer.get("message") instanceof String message) {
            out.println(message);
        }
        if (HolderStep.CERT.equals(step)) {
            out.println("Empreinte de votre clé : " + Cert.fromJson(body.get("message")).fingerprint());
        }
        return 0;
    }

    private String password(Options options) {
        String file = options.optional("password-file");
        if (file != null) {
            try {
                List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
                if (lines.isEmpty() || lines.get(0).isEmpty()) {
                    throw ToolException.failure("fichier de mot de passe vide : " + file);
                }
                return lines.get(0);
            } catch (NoSuchFileException e) {
                throw ToolException.failure("fichier de mot de passe introuvable : " + file);
            } catch (IOException e) {
                throw ToolException.failure("lecture impossible du fichier de mot de passe " + file + " : " + e.getMessage());
            }
        }
        String fromEnv = env.get("URN_PASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        Console console = System.console();
        if (console == null) {
            throw ToolException.failure("mot de passe introuvable : utilisez --password-file ou la variable URN_PASSWORD");
        }
        char[] typed = console.readPassword("Mot de passe : ");
        if (typed == null || typed.length == 0) {
            throw ToolException.failure("mot de passe vide");
        }
        return new String(typed);
    }

    // The same steps from files, for a key kept on a machine without network.

    private int cert(Options options) {
        KeyHolder me = KeyFile.readOrCreate(Path.of(options.required("key")), err);
        Cert cert = me.cert();
        err.println("Empreinte de votre clé : " + cert.fingerprint());
        out.println(cert.serialize());
        return 0;
    }

    private int offline(String command, Options options) {
        String step = command.toUpperCase(java.util.Locale.ROOT);
        Path keyFile = Path.of(options.required("key"));
        Map<String, Object> ceremony = readObject(Path.of(options.required("ceremony")), "fichier de cérémonie");
        Object announced = ceremony.get("step");
        if (announced != null && !step.equals(announced)) {
            throw ToolException.failure("le fichier de cérémonie est à l'étape « " + announced + " », pas « " + step + " »");
        }
        KeyHolder me = KeyFile.read(keyFile);
        HolderStep.printFingerprints(certs(ceremony), me, err);
        if (HolderStep.DECRYPT.equals(step)) {
            String board = options.optional("board");
            if (board == null) {
                err.println("Attention : sans --board, rien ne prouve que le décompte à déchiffrer est celui des bulletins publiés.");
            } else {
                TallyCheck.check(open(Path.of(board), "tableau public"), ceremony.get("encrypted_tally"), err);
            }
        }
        out.println(Json.write(HolderStep.message(me, step, ceremony)));
        return 0;
    }

    // The public board.

    private int fingerprints(Options options) {
        BoardHeader board;
        try (Reader reader = board(options)) {
            board = BoardHeader.of(reader);
        } catch (IOException e) {
            throw ToolException.failure("lecture du tableau public impossible : " + e.getMessage());
        }
        if (board.thresholdParameters() == null) {
            out.println("La cérémonie des clés n'est pas terminée : aucune empreinte de clé publiée.");
        } else {
            Map<String, Object> parameters = Json.asObject(board.thresholdParameters(), "threshold_parameters");
            HolderStep.printFingerprints(certs(parameters), null, out);
        }
        if (board.election() == null) {
            out.println("Aucune élection scellée publiée.");
            return 0;
        }
        String computed = Group.hashJson(board.election());
        out.println("Empreinte de l'élection : " + computed);
        if (!computed.equals(board.fingerprint())) {
            out.println("Attention : l'empreinte publiée (" + board.fingerprint() + ") n'est pas celle de l'élection publiée.");
            return ToolException.FAILURE;
        }
        return 0;
    }

    private int verify(Options options) {
        Reader board;
        try {
            board = board(options);
        } catch (ToolException e) {
            if (e.exitCode() == ToolException.USAGE) {
                throw e;
            }
            out.println("problème : " + e.getMessage());
            out.println("échec : 1 problème(s)");
            return ToolException.FAILURE;
        }
        return BoardCheck.verify(board, out);
    }

    private Reader board(Options options) {
        if (options.has("board")) {
            if (options.has("server") || options.has("year")) {
                throw ToolException.usage("--board, ou bien --server et --year, pas les deux");
            }
            return open(Path.of(options.required("board")), "tableau public");
        }
        int year = options.year();
        return new ServerClient(options.required("server")).getReader("/api/campaigns/" + year + "/board");
    }

    private List<Cert> certs(Map<String, Object> ceremony) {
        try {
            return HolderStep.certs(ceremony);
        } catch (InvalidMessageException e) {
            throw ToolException.failure("certificats refusés : " + e.getMessage());
        }
    }

    private static Map<String, Object> readObject(Path file, String what) {
        try {
            return Json.parseObject(readText(file, what));
        } catch (InvalidMessageException e) {
            throw ToolException.failure(what + " " + file + " illisible : " + e.getMessage());
        }
    }

    private static Reader open(Path file, String what) {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(file, what, e);
        }
    }

    private static String readText(Path file, String what) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(file, what, e);
        }
    }

    /** A missing file is said so; any other failure to read it comes with the system's reason. */
    private static ToolException unreadable(Path file, String what, IOException e) {
        return e instanceof NoSuchFileException ? ToolException.failure(what + " introuvable : " + file)
                : ToolException.failure("lecture impossible (" + what + ") " + file + " : " + e.getMessage());
    }
}
