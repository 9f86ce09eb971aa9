package fr.budgetcitoyen.web.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Talks to the OpenID Connect provider: discovery, the authorization request, the code exchange. */
@ApplicationScoped
public class OidcProvider {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    private OidcSettings settings;

    @Inject
    private Clock clock;

    private volatile JsonObject discovery;

    String authorizationUrl(String state, String nonce) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", settings.redirectUri());
        query.put("scope", settings.scope());
        query.put("state", state);
        query.put("nonce", nonce);
        return discovery().getString("authorization_endpoint") + "?" + form(query);
    }

    /** Exchanges the authorization code for tokens and returns the verified ID token. */
    IdToken exchange(String code, String nonce) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", settings.redirectUri());
        String credentials = Base64.getEncoder().encodeToString((enc(settings.clientId()) + ":" + enc(settings.clientSecret()))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(discovery().getString("token_endpoint")))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(form(body))).build();
        JsonObject tokens = call(request);
        if (!tokens.containsKey("id_token")) {
            throw new OidcException("no ID token in the provider's answer");
        }
        return IdToken.verify(tokens.getString("id_token"), jwks(), discovery().getString("issuer"),
                settings.clientId(), nonce, Instant.now(clock));
    }

    private JsonObject discovery() {
        JsonObject known = discovery;
        if (known == null) {
            known = call(HttpRequest.newBuilder(URI.create(settings.issuer() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(15)).GET().build());
            discovery = known;
        }
        return known;
    }

    /** Read at each sign-in, so that a key rotation at the provider needs no restart. */
    private JsonObject jwks() {
        return call(HttpRequest.newBuilder(URI.create(discovery().getString("jwks_uri")))
                .timeout(Duration.ofSeconds(15)).GET().build());
    }

    private JsonObject call(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new OidcException("provider answered " + response.statusCode() + " to " + request.uri().getPath());
            }
            return IdToken.json(response.body());
        } catch (IOException e) {
            throw new OidcException("provider unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcException("interrupted", e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
