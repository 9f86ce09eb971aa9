package fr.budgetcitoyen.web.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What FranceConnect v2 asks a service provider to refuse, each case against a token otherwise valid. */
class TokenVerifierTest {

    private static final String ISSUER = "https://fcp-low.integ01.dev-franceconnect.fr/api/v2";
    private static final String CLIENT = "budget-citoyen";
    private static final String NONCE = "n-0S6_WzA2Mj";

    private static ECKey ecKey;
    private static RSAKey rsaKey;
    private static ECKey stranger;
    private static TokenVerifier verifier;

    @BeforeAll
    static void providerKeys() throws JOSEException {
        ecKey = new ECKeyGenerator(Curve.P_256).keyID("es-2026").generate();
        rsaKey = new RSAKeyGenerator(2048).keyID("rs-2026").generate();
        stranger = new ECKeyGenerator(Curve.P_256).keyID("es-2026").generate(); // same kid, another key
        JWKSet published = new JWKSet(List.of(ecKey.toPublicJWK(), rsaKey.toPublicJWK()));
        verifier = new TokenVerifier(new ImmutableJWKSet<>(published), ISSUER, CLIENT, "eidas1");
    }

    private static JWTClaimsSet.Builder idClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(CLIENT).subject("b6048e95bb134ec5b1d1e1fa69f287172e91722b9354d637a1bcf2ebb0fd2ef5v1")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60))).claim("nonce", NONCE).claim("acr", "eidas1");
    }

    private static String es256(ECKey key, String kid, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static String idToken(UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        return es256(ecKey, "es-2026", change.apply(idClaims()).build());
    }

    @Test
    void acceptsES256AndRS256TokensFromTheProvidersKeys() throws JOSEException {
        assertEquals("eidas1", verifier.idToken(idToken(c -> c), NONCE).getClaim("acr"));
        SignedJWT rs = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rs-2026").build(), idClaims().build());
        rs.sign(new RSASSASigner(rsaKey));
        assertTrue(verifier.idToken(rs.serialize(), NONCE).getSubject().endsWith("v1"));
    }

    @Test
    void refusesAKeyIdTheProviderDoesNotPublish() throws JOSEException {
        assertRefused(es256(ecKey, "es-2025-revoked", idClaims().build()));
    }

    @Test
    void refusesOtherAlgorithms() throws JOSEException {
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("es-2026").build(), idClaims().build());
        hmac.sign(new MACSigner("a-shared-secret-of-at-least-256-bits!!".getBytes()));
        assertRefused(hmac.serialize());
        assertRefused(new PlainJWT(idClaims().build()).serialize());
    }

    @Test
    void refusesAnotherAudienceIssuerOrNonce() throws JOSEException {
        assertRefused(idToken(c -> c.audience("another-service")));
        assertRefused(idToken(c -> c.issuer("https://idp.example.org")));
        assertThrows(OidcException.class, () -> verifier.idToken(idToken(c -> c), "another-nonce"));
    }

    @Test
    void refusesAnExpiredToken() throws JOSEException {
        Instant past = Instant.now().minusSeconds(3600);
        assertRefused(idToken(c -> c.issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(60)))));
    }

    @Test
    void refusesAMissingOrLowerAcr() throws JOSEException {
        assertRefused(idToken(c -> c.claim("acr", null)));
        TokenVerifier eidas2 = new TokenVerifier(new ImmutableJWKSet<>(new JWKSet(ecKey.toPublicJWK())), ISSUER, CLIENT, "eidas2");
        assertThrows(OidcException.class, () -> eidas2.idToken(idToken(c -> c), NONCE));
        assertEquals("eidas3", eidas2.idToken(idToken(c -> c.claim("acr", "eidas3")), NONCE).getClaim("acr"));
    }

    @Test
    void refusesAUserinfoSignedByAnotherKeyOrAboutSomeoneElse() throws JOSEException {
        JWTClaimsSet userinfo = new JWTClaimsSet.Builder().issuer(ISSUER).audience(CLIENT).subject("sub-1")
                .claim("given_name", "Camille").claim("birthdate", "2013-04-02").build();
        assertEquals("Camille", verifier.userinfo(es256(ecKey, "es-2026", userinfo), "sub-1").getClaim("given_name"));
        assertThrows(OidcException.class, () -> verifier.userinfo(es256(stranger, "es-2026", userinfo), "sub-1"));
        assertThrows(OidcException.class, () -> verifier.userinfo(es256(ecKey, "es-2026", userinfo), "sub-2"));
    }

    private static void assertRefused(String jwt) {
        assertThrows(OidcException.class, () -> verifier.idToken(jwt, NONCE));
    }
}
