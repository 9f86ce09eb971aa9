package fr.budgetcitoyen.urn.tool;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.budgetcitoyen.urn.Cert;
import fr.budgetcitoyen.urn.Election;
import fr.budgetcitoyen.urn.EncryptedTally;
import fr.budgetcitoyen.urn.InvalidMessageException;
import fr.budgetcitoyen.urn.Json;
import fr.budgetcitoyen.urn.KeyCeremony;
import fr.budgetcitoyen.urn.PartialDecryption;
import fr.budgetcitoyen.urn.Polynomial;
import fr.budgetcitoyen.urn.SignedMessage;
import fr.budgetcitoyen.urn.ThresholdParameters;
import fr.budgetcitoyen.urn.VOutput;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A tiny stand-in for the server's holder API, on the JDK's HTTP server: sign-in with a session cookie, the
 * ceremony's GET and POST for year 2026, and the public board. It plays the server's role with
 * {@link KeyCeremony}, storing messages as their serialisations, as the real one does.
 */
final class FakeServer implements AutoCloseable {

    static final int YEAR = 2026;

    final int holders;
    final int threshold;
    private final HttpServer http;
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, String> sessions = new HashMap<>();

    final String[] certs;
    final String[] polynomials;
    final String[] voutputs;
    final String[] partials;
    ThresholdParameters parameters;
    Election election;
    String encryptedTally;
    String board;
    /** When set, the next ceremony POST is refused with this message (HTTP 400). */
    String refuseNext;

    FakeServer(int holders, int threshold) throws IOException {
        this.holders = holders;
        this.threshold = threshold;
        certs = new String[holders];
        polynomials = new String[holders];
        voutputs = new String[holders];
        partials = new String[holders];
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", this::handle);
        http.start();
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    void account(String email, String password, int position) {
        passwords.put(email, password);
        positions.put(email, position);
    }

    @Override
    public void close() {
        http.stop(0);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.equals("/api/sessions") && method.equals("POST")) {
                Map<String, Object> in = Json.parseObject(body);
                String email = Json.string(in, "email");
                if (!Objects.equals(passwords.get(email), Json.string(in, "password"))) {
                    error(exchange, 401, "Adresse électronique ou mot de passe incorrect.");
                    return;
                }
                String session = UUID.randomUUID().toString();
                sessions.put(session, email);
                exchange.getResponseHeaders().add("Set-Cookie", "SESSION=" + session + "; Path=/; HttpOnly");
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            if (path.equals("/api/campaigns/" + YEAR + "/board") && method.equals("GET")) {
                if (board == null) {
                    error(exchange, 404, "Aucune urne scellée pour cette édition.");
                } else {
                    send(exchange, 200, board);
                }
                return;
            }
            if (path.equals("/api/urn/" + YEAR + "/ceremony")) {
                Integer position = caller(exchange);
                if (position == null) {
                    error(exchange, 401, "Connectez-vous.");
                    return;
                }
                if (method.equals("GET")) {
                    send(exchange, 200, Json.write(ceremony(position)));
                } else {
                    if (refuseNext != null) {
                        String refusal = refuseNext;
                        refuseNext = null;
                        error(exchange, 400, refusal);
                        return;
                    }
                    Map<String, Object> in = Json.parseObject(body);
                    String message = submit(position, Json.string(in, "step"), Json.write(in.get("message")));
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("message", message);
                    send(exchange, 200, Json.write(out));
                }
                return;
            }
            error(exchange, 404, "Introuvable.");
        } catch (InvalidMessageException e) {
            error(exchange, 400, e.getMessage());
        } catch (RuntimeException e) {
            e.printStackTrace();
            error(exchange, 500, "Erreur interne.");
        }
    }

    private Integer caller(HttpExchange exchange) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String cookie : header.split(";")) {
                String[] kv = cookie.strip().split("=", 2);
                if (kv.length == 2 && kv[0].equals("SESSION") && sessions.containsKey(kv[1])) {
                    return positions.get(sessions.get(kv[1]));
                }
            }
        }
        return null;
    }

    String step(int position) {
        int p = position - 1;
        if (certs[p] == null) {
            return "CERT";
        }
        if (Arrays.stream(certs).anyMatch(Objects::isNull)) {
            return "WAIT";
        }
        if (polynomials[p] == null) {
            return "POLYNOMIAL";
        }
        if (Arrays.stream(polynomials).anyMatch(Objects::isNull)) {
            return "WAIT";
        }
        if (voutputs[p] == null) {
            return "VOUTPUT";
        }
        if (parameters == null) {
            return "WAIT";
        }
        if (encryptedTally == null) {
            return "DONE";
        }
        return partials[p] == null ? "DECRYPT" : "DONE";
    }

    /** What GET /api/urn/{year}/ceremony answers holder {@code position}. */
    synchronized Map<String, Object> ceremony(int position) {
        String step = step(position);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("step", step);
        out.put("position", (long) position);
        out.put("threshold", (long) threshold);
        out.put("holders", (long) holders);
        if (Arrays.stream(certs).noneMatch(Objects::isNull)) {
            List<Object> list = new ArrayList<>();
            for (String cert : certs) {
                list.add(Json.parse(cert));
            }
            out.put("certs", list);
        }
        if (step.equals("VOUTPUT")) {
            out.put("vinput", KeyCeremony.vinputs(polynomialList()).get(position - 1).toJson());
        }
        if (step.equals("DECRYPT")) {
            out.put("private_key", VOutput.parse(voutputs[position - 1]).privateKey());
            out.put("encrypted_tally", Json.parse(encryptedTally));
        }
        out.put("message", switch (step) {
            case "CERT" -> "Créez votre clé et envoyez votre certificat.";
            case "POLYNOMIAL" -> "Envoyez votre polynôme.";
            case "VOUTPUT" -> "Vérifiez les parts reçues et envoyez votre clé de vérification.";
            case "DECRYPT" -> "Déchiffrez le décompte.";
            case "WAIT" -> "Attendez les autres détenteurs.";
            default -> "Rien à faire.";
        });
        return out;
    }

    /** What POST /api/urn/{year}/ceremony does with holder {@code position}'s message; the answer's message. */
    synchronized String submit(int position, String step, String message) {
        if (!step.equals(step(position))) {
            throw new InvalidMessageException("Ce n'est pas l'étape en cours.");
        }
        int p = position - 1;
        switch (step) {
            case "CERT" -> {
                Cert cert = KeyCeremony.checkCert(Json.parse(message), position);
                certs[p] = cert.serialize();
            }
            case "POLYNOMIAL" -> {
                Polynomial polynomial = Polynomial.parse(message);
                KeyCeremony.checkPolynomial(certList(), threshold, position, polynomial);
                polynomials[p] = polynomial.serialize();
            }
            case "VOUTPUT" -> {
                VOutput voutput = VOutput.parse(message);
                List<SignedMessage> coefexps = polynomialList().stream().map(Polynomial::coefexps).toList();
                KeyCeremony.checkVoutput(certList(), coefexps, position, voutput);
                voutputs[p] = voutput.serialize();
                if (Arrays.stream(voutputs).noneMatch(Objects::isNull)) {
                    parameters = KeyCeremony.thresholdParameters(threshold, certList(), polynomialList(),
                            Arrays.stream(voutputs).map(VOutput::parse).toList());
                }
            }
            case "DECRYPT" -> {
                PartialDecryption partial = PartialDecryption.parse(message);
                if (partial.trustee() != position) {
                    throw new InvalidMessageException("décryption partielle d'un autre détenteur");
                }
                partial.verify(election.verificationKeys().get(p), EncryptedTally.parse(encryptedTally, election));
                partials[p] = partial.serialize();
            }
            default -> throw new InvalidMessageException("étape inconnue");
        }
        return "Message du détenteur " + position + " reçu (" + step + ").";
    }

    List<Cert> certList() {
        return Arrays.stream(certs).map(Cert::parse).toList();
    }

    List<Polynomial> polynomialList() {
        return Arrays.stream(polynomials).map(Polynomial::parse).toList();
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", (long) status);
        out.put("message", message);
        send(exchange, status, Json.write(out));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
