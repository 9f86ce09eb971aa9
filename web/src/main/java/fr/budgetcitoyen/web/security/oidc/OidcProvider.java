package fr.budgetcitoyen.web.security.oidc;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import fr.budgetcitoyen.account.ProviderIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Talks to the OpenID Connect provider (FranceConnect v2, Keycloak…): discovery, the authorization request
 * (with {@code acr_values}), the code exchange, the signed userinfo, the logout at the provider. Tokens are
 * checked by {@link TokenVerifier}; the provider's keys are read from its JWKS, cached, and read again when a
 * token names a key not seen yet (a rotation needs no restart).
 */
@ApplicationScoped
public class OidcProvider {

    /** What a sign-in at the provider gave: who, and the ID token (for the logout at the provider). */
    record SignedIn(ProviderIdentity identity, String idToken) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject private OidcSettings settings;

    private volatile Map<String, Object> discovery;
    private volatile JWKSource<SecurityContext> keys;

    String authorizationUrl(String state, String nonce) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", settings.redirectUri());
        query.put("scope", settings.scope());
        query.put("state", state);
        query.put("nonce", nonce);
        if (!settings.acrValues().isBlank()) {
            query.put("acr_values", settings.acrValues());
        }
        return endpoint("authorization_endpoint") + "?" + form(query);
    }

    /** Exchanges the code, verifies the ID token and the userinfo, and says who signed in. */
    SignedIn exchange(String code, String nonce) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", settings.redirectUri());
        String credentials = Base64.getEncoder().encodeToString((enc(settings.clientId()) + ":" + enc(settings.clientSecret()))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = call(HttpRequest.newBuilder(URI.create(endpoint("token_endpoint")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(form(body))));
        Map<String, Object> tokens = json(answer.body());
        String idToken = string(tokens, "id_token").orElseThrow(() -> new OidcException("no ID token in the provider's answer"));
        JWTClaimsSet id = verifier().idToken(idToken, nonce);
        JWTClaimsSet info = userinfo(string(tokens, "access_token").orElse(null), id.getSubject()).orElse(id);
        if (Boolean.FALSE.equals(info.getClaim("email_verified"))) {
            throw new OidcException("the provider does not vouch for the e-mail address");
        }
        ProviderIdentity identity = new ProviderIdentity(string(discovery(), "issuer").orElseThrow(), id.getSubject(),
                claim(info, "email"), claim(info, "given_name"), claim(info, "family_name"), birthDate(claim(info, "birthdate")));
        return new SignedIn(identity, idToken);
    }

    /** Where to send the browser to end the provider's session too; empty when it has no logout endpoint. */
    public Optional<String> logoutUrl(String idToken) {
        try {
            return string(discovery(), "end_session_endpoint").map(endpoint -> endpoint + "?" + form(Map.of(
                    "id_token_hint", idToken, "state", OidcLoginServlet.random(),
                    "post_logout_redirect_uri", settings.postLogoutRedirectUri())));
        } catch (OidcException unreachable) {
            return Optional.empty(); // signed out here at least
        }
    }

    /** FranceConnect signs its userinfo (application/jwt); a plain JSON one is accepted only if allowed. */
    private Optional<JWTClaimsSet> userinfo(String accessToken, String subject) {
        Optional<String> endpoint = string(discovery(), "userinfo_endpoint");
        if (endpoint.isEmpty() || accessToken == null) {
            return Optional.empty();
        }
        HttpResponse<String> answer = call(HttpRequest.newBuilder(URI.create(endpoint.get()))
                .header("Authorization", "Bearer " + accessToken).GET());
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/jwt")) {
            return Optional.of(verifier().userinfo(answer.body().strip(), subject));
        }
        if (settings.signedUserinfo()) {
            throw new OidcException("unsigned userinfo (" + type + ") where a signed one is required");
        }
        try {
            JWTClaimsSet plain = JWTClaimsSet.parse(json(answer.body()));
            if (!subject.equals(plain.getSubject())) {
                throw new OidcException("userinfo about another subject");
            }
            return Optional.of(plain);
        } catch (ParseException e) {
            throw new OidcException("unreadable userinfo", e);
        }
    }

    private TokenVerifier verifier() {
        return new TokenVerifier(keys(), string(discovery(), "issuer").orElseThrow(), settings.clientId(), settings.acrValues());
    }

    private JWKSource<SecurityContext> keys() {
        JWKSource<SecurityContext> known = keys;
        if (known == null) {
            try {
                known = JWKSourceBuilder.create(URI.create(endpoint("jwks_uri")).toURL()).retrying(true).build();
            } catch (MalformedURLException e) {
                throw new OidcException("bad jwks_uri", e);
            }
            keys = known;
        }
        return known;
    }

    private Map<String, Object> discovery() {
        Map<String, Object> known = discovery;
        if (known == null) {
            known = json(call(HttpRequest.newBuilder(URI.create(settings.issuer() + "/.well-known/openid-configuration")).GET()).body());
            discovery = known;
        }
        return known;
    }

    private String endpoint(String name) {
        return string(discovery(), name).orElseThrow(() -> new OidcException("no " + name + " in the provider's discovery"));
    }

    private HttpResponse<String> call(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(15)).build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new OidcException("provider answered " + response.statusCode() + " to " + built.uri().getPath());
            }
            return response;
        } catch (IOException e) {
            throw new OidcException("provider unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcException("interrupted", e);
        }
    }

    private static Map<String, Object> json(String text) {
        try {
            return JSONObjectUtils.parse(text);
        } catch (ParseException e) {
            throw new OidcException("unreadable answer from the provider", e);
        }
    }

    private static Optional<String> string(Map<String, Object> json, String name) {
        return Optional.ofNullable(json.get(name)).filter(String.class::isInstance).map(String.class::cast);
    }

    private static String claim(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof String value && !value.isBlank() ? value.strip() : null;
    }

    /** FranceConnect gives YYYY-MM-DD; a partial date (unknown month or day) is not a certified one. */
    static LocalDate birthDate(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
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
