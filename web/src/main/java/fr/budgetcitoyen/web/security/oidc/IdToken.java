package fr.budgetcitoyen.web.security.oidc;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * An OpenID Connect ID token (a JWS signed with RS256), verified before anything in it is believed:
 * signature against the provider's published keys, issuer, audience, expiry and nonce.
 */
final class IdToken {

    private final JsonObject claims;

    private IdToken(JsonObject claims) {
        this.claims = claims;
    }

    static IdToken verify(String jwt, JsonObject jwks, String issuer, String clientId, String nonce, Instant now) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new OidcException("malformed ID token");
        }
        JsonObject header = json(decode(parts[0]));
        if (!"RS256".equals(header.getString("alg", ""))) {
            throw new OidcException("unsupported signature algorithm " + header.getString("alg", "none"));
        }
        verifySignature(parts, key(jwks, header.getString("kid", null)));
        JsonObject claims = json(decode(parts[1]));
        if (!issuer.equals(claims.getString("iss", ""))) {
            throw new OidcException("wrong issuer");
        }
        boolean audience = claims.get("aud") != null && claims.get("aud").toString().contains("\"" + clientId + "\"");
        if (!audience) {
            throw new OidcException("wrong audience");
        }
        if (!claims.containsKey("exp") || Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue()).isBefore(now)) {
            throw new OidcException("expired ID token");
        }
        if (!nonce.equals(claims.getString("nonce", ""))) {
            throw new OidcException("wrong nonce");
        }
        return new IdToken(claims);
    }

    String email() {
        return claims.getString("email", null);
    }

    boolean emailVerified() {
        return claims.getBoolean("email_verified", false);
    }

    String name() {
        String name = claims.getString("name", "");
        if (name.isBlank()) {
            name = (claims.getString("given_name", "") + " " + claims.getString("family_name", "")).strip();
        }
        return name;
    }

    private static void verifySignature(String[] parts, PublicKey key) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new OidcException("invalid ID token signature");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new OidcException("invalid ID token signature", e);
        }
    }

    private static PublicKey key(JsonObject jwks, String kid) {
        return jwks.getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .filter(k -> "RSA".equals(k.getString("kty", "")))
                .filter(k -> kid == null || kid.equals(k.getString("kid", null)))
                .findFirst()
                .map(IdToken::rsaKey)
                .orElseThrow(() -> new OidcException("no published key " + kid));
    }

    private static PublicKey rsaKey(JsonObject jwk) {
        try {
            BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n")));
            BigInteger exponent = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e")));
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
        } catch (GeneralSecurityException e) {
            throw new OidcException("unusable published key", e);
        }
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
