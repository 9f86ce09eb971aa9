package fr.budgetcitoyen.urn.tool;

import fr.budgetcitoyen.urn.InvalidMessageException;
import fr.budgetcitoyen.urn.Json;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server's JSON API as the tool uses it, with {@code java.net.http}: a session cookie kept by a
 * {@link CookieManager} after signing in, JSON in and out, and the server's French {@code message} shown on
 * a refusal ({@code {"status":…,"message":…}}).
 */
final class ServerClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String server;
    private final HttpClient http;

    ServerClient(String server) {
        String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw ToolException.usage("adresse du serveur invalide : " + server);
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw ToolException.usage("adresse du serveur invalide : " + server + " (https://… attendu)");
        }
        this.server = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER))
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Whether the connection is not encrypted, to warn the holder (a local test server aside). */
    boolean isPlainHttp() {
        URI uri = URI.create(server);
        return "http".equals(uri.getScheme()) && !"localhost".equals(uri.getHost()) && !"127.0.0.1".equals(uri.getHost());
    }

    /** {@code POST /api/sessions}: 204 on success, the session cookie kept for what follows. */
    void signIn(String email, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        HttpResponse<String> response = send(request("/api/sessions")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8)).build());
        if (response.statusCode() != 204 && response.statusCode() != 200) {
            throw ToolException.failure("connexion refusée : " + refusal(response));
        }
    }

    /** A public document, as a stream (the board may be hundreds of megabytes). */
    java.io.Reader getReader(String path) {
        HttpResponse<java.io.InputStream> response;
        try {
            response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw ToolException.failure("serveur injoignable (" + server + path + ") : " + reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ToolException.failure("interrompu");
        }
        if (response.statusCode() != 200) {
            String body;
            try (java.io.InputStream in = response.body()) {
                body = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
            } catch (IOException e) {
                body = "";
            }
            throw ToolException.failure(refusal(response.statusCode(), body));
        }
        return new java.io.BufferedReader(new java.io.InputStreamReader(response.body(), StandardCharsets.UTF_8), 1 << 16);
    }

    Map<String, Object> getObject(String path) {
        HttpResponse<String> response = send(request(path).GET().build());
        if (response.statusCode() != 200) {
            throw ToolException.failure(refusal(response));
        }
        return parse(response);
    }

    Map<String, Object> postObject(String path, Object body) {
        HttpResponse<String> response = send(request(path)
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8)).build());
        if (response.statusCode() != 200) {
            throw ToolException.failure("le serveur refuse : " + refusal(response));
        }
        return parse(response);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server + path)).timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json; charset=utf-8");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ToolException.failure("serveur injoignable (" + request.uri() + ") : " + reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ToolException.failure("interrompu");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "délai dépassé";
        }
        if (e instanceof java.net.ConnectException) {
            return "connexion impossible (adresse, réseau ou serveur arrêté ?)";
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "connexion sécurisée impossible : " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Map<String, Object> parse(HttpResponse<String> response) {
        try {
            return Json.parseObject(response.body());
        } catch (InvalidMessageException e) {
            throw ToolException.failure("réponse illisible du serveur (" + response.uri() + ") : " + e.getMessage());
        }
    }

    private static String refusal(HttpResponse<String> response) {
        return refusal(response.statusCode(), response.body());
    }

    /** The server's own explanation when it gives one, else the HTTP status. */
    private static String refusal(int status, String body) {
        try {
            Object message = Json.parseObject(body).get("message");
            if (message instanceof String s && !s.isBlank()) {
                return s;
            }
        } catch (InvalidMessageException notJson) {
            // Falls through to the status.
        }
        return switch (status) {
            case 401 -> "non connecté, ou adresse et mot de passe incorrects (HTTP 401)";
            case 403 -> "accès refusé : ce compte n'est pas détenteur de clé de cette édition (HTTP 403)";
            case 404 -> "introuvable (HTTP 404) : vérifiez l'adresse du serveur et l'année";
            default -> "erreur HTTP " + status;
        };
    }
}
