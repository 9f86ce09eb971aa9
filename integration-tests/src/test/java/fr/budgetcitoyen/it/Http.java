package fr.budgetcitoyen.it;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the portal and the management interface, on this machine only. */
final class Http {

    static final String PORTAL = "http://localhost:8080";
    static final String MANAGEMENT = "http://localhost:9990";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {
    }

    record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        <T extends JsonStructure> T json(Class<T> type) {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return type.cast(reader.read());
            }
        }
    }

    static Response get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    static Response portal(String path) {
        return get(PORTAL + path);
    }

    /** A GET of the portal with one request header (name, value). */
    static Response portalWith(String path, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(PORTAL + path)).timeout(Duration.ofSeconds(30)).header(header, value)
                .GET().build());
    }

    /** A download from the portal, as bytes (PDF, spreadsheets). */
    static byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(PORTAL + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " -> " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form post to the portal, as a browser would send it. */
    static Response postForm(String path, String urlEncodedBody) {
        return send(HttpRequest.newBuilder(URI.create(PORTAL + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncodedBody)).build());
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
