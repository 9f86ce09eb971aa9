package fr.budgetcitoyen.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A visitor with cookies, able to sign in through the real login form (ViewState and all). */
final class PortalSession {

    static final String DEMO_PASSWORD = "Demo-Pas-de-Calais-62";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    static String demoEmail(String role) {
        return role.toLowerCase().replace('_', '-') + "@demo.budgetcitoyen.fr";
    }

    /** Signs in with the login form; returns the response to the form post. */
    Http.Response signIn(String email, String password) {
        String page = get("/login").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", email);
        form.put("login:password", password);
        form.put("login:submit", "Se connecter");
        form.put("jakarta.faces.ViewState", viewState(page));
        return post("/login", form);
    }

    /** The current session cookie's value, if any. */
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no ViewState in page");
        }
        return m.group(1);
    }

    Http.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Http.PORTAL + path)).GET());
    }

    Http.Response post(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(Http.PORTAL + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A JSON request with this session's cookies (the API after {@code POST /api/sessions}). */
    Http.Response json(String method, String path, String body) {
        return send(jsonRequest(method, path, body));
    }

    /** The same with one more header (name, value). */
    Http.Response json(String method, String path, String body, String header, String value) {
        return send(jsonRequest(method, path, body).header(header, value));
    }

    private static HttpRequest.Builder jsonRequest(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(Http.PORTAL + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    /** A JSON body streamed in chunks, without a Content-Length: the size limit must still hold. */
    Http.Response chunkedJson(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(Http.PORTAL + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))));
    }

    private Http.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse("");
            return new Http.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.statusCode() / 100 == 3 ? location : response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
