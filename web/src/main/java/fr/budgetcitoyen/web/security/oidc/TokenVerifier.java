package fr.budgetcitoyen.web.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.text.ParseException;
import java.util.Map;
import java.util.Set;

/**
 * Checks the provider's JWTs with Nimbus JOSE+JWT, as FranceConnect v2 asks of a service provider: signed
 * with ES256 or RS256 by a key of the provider's JWKS (picked by {@code kid}; "none" and HMAC refused), from
 * the expected issuer, for this client, not expired; the ID token with our nonce and an {@code acr} at least
 * the level asked; the userinfo (a signed JWT) about the same subject.
 * See docs.partenaires.franceconnect.gouv.fr (« fs-technique-endpoints », « fs-migration-diff-v1-v2 »).
 */
final class TokenVerifier {

    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256);

    private final JWKSource<SecurityContext> keys;
    private final String issuer;
    private final String clientId;
    private final String acrValues;

    /** {@code acrValues}: what the authorization request asked for ("eidas1"); blank: no level required. */
    TokenVerifier(JWKSource<SecurityContext> keys, String issuer, String clientId, String acrValues) {
        this.keys = keys;
        this.issuer = issuer;
        this.clientId = clientId;
        this.acrValues = acrValues == null ? "" : acrValues.strip();
    }

    JWTClaimsSet idToken(String jwt, String nonce) {
        JWTClaimsSet claims = process(jwt, Map.of("iss", issuer, "nonce", nonce), Set.of("sub", "iat", "exp"));
        if (!acrValues.isEmpty() && !Acr.satisfies(acrValues, claims.getClaim("acr"))) {
            throw new OidcException("acr " + claims.getClaim("acr") + " below the level asked for (" + acrValues + ")");
        }
        return claims;
    }

    JWTClaimsSet userinfo(String jwt, String subject) {
        return process(jwt, Map.of("iss", issuer, "sub", subject), Set.of("sub"));
    }

    private JWTClaimsSet process(String jwt, Map<String, Object> exact, Set<String> required) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        JWTClaimsSet.Builder expected = new JWTClaimsSet.Builder();
        exact.forEach(expected::claim);
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId, expected.build(), required));
        try {
            return processor.process(jwt, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new OidcException("token refused: " + e.getMessage(), e);
        }
    }

    /** eIDAS levels are ordered (eidas1 < eidas2 < eidas3); any other value must be returned as asked. */
    static final class Acr {

        private Acr() {
        }

        static boolean satisfies(String requested, Object returned) {
            if (!(returned instanceof String acr)) {
                return false;
            }
            int asked = level(requested);
            int given = level(acr);
            return asked > 0 && given > 0 ? given >= asked : requested.equals(acr);
        }

        private static int level(String acr) {
            return acr.matches("eidas[1-3]") ? acr.charAt(5) - '0' : 0;
        }
    }
}
