package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyCeremonyTest {

    private static Ceremony ceremony;

    @BeforeAll
    static void ceremony() {
        ceremony = new Ceremony(3, 2);
    }

    /** The holders' own polynomials, read as only each holder can (the test has their keys). */
    private static List<List<BigInteger>> polynomials() {
        List<List<BigInteger>> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HolderKeys keys = ceremony.holders.get(i).keys();
            Map<String, Object> body = Json.parseObject(Channel.receive(keys, keys.vk(), ceremony.polynomials.get(i).polynomial()));
            all.add(Json.array(body, "polynomial").stream().map(s -> Group.scalar((String) s)).toList());
        }
        return all;
    }

    @Test
    void theElectionKeyIsTheSumOfTheConstantCommitmentsAndOfTheSecretConstants() {
        ECPoint y = KeyCeremony.electionKey(ceremony.parameters);
        ECPoint sumOfA0 = Group.identity();
        BigInteger sumOfa0 = BigInteger.ZERO;
        for (int i = 0; i < 3; i++) {
            List<ECPoint> a = KeyCeremony.coefexps(ceremony.certs.get(i), ceremony.polynomials.get(i).coefexps(), i + 1, 2);
            assertEquals(2, a.size(), "degree t − 1 = 1: two coefficients");
            sumOfA0 = sumOfA0.add(a.get(0));
            sumOfa0 = sumOfa0.add(polynomials().get(i).get(0));
        }
        assertEquals(sumOfA0.normalize(), y);
        assertEquals(Group.mulG(sumOfa0), y);
        // The board verifier's entry point gives the same key from the published JSON.
        assertEquals(y, KeyCeremony.checkThresholdParameters(Json.parse(ceremony.parameters.serialize())));
    }

    @Test
    void eachVerificationKeyIsTheSumOfTheSharesSentToItsHolder() {
        List<List<BigInteger>> f = polynomials();
        for (int j = 1; j <= 3; j++) {
            BigInteger x = BigInteger.ZERO;
            for (List<BigInteger> fi : f) {
                x = x.add(KeyHolder.evaluate(fi, j));
            }
            assertEquals(Group.mulG(x), ceremony.parameters.verificationKeys().get(j - 1).publicKey());
        }
    }

    @Test
    void theThresholdParametersSerialiseAsTheReadmeSays() {
        Map<String, Object> json = Json.parseObject(ceremony.parameters.serialize());
        assertEquals(List.of("threshold", "certs", "coefexps", "verification_keys"), new ArrayList<>(json.keySet()));
        assertEquals(2L, json.get("threshold"));
        Map<String, Object> key = Json.asObject(Json.array(json, "verification_keys").get(0), "vk");
        assertEquals(List.of("pok", "public_key"), new ArrayList<>(key.keySet()));
        Map<String, Object> cert = Json.asObject(Json.array(json, "certs").get(0), "cert");
        assertEquals(List.of("message", "signature"), new ArrayList<>(cert.keySet()));
        assertEquals(List.of("verification", "encryption"),
                new ArrayList<>(Json.parseObject(Json.string(cert, "message")).keySet()));
    }

    @Test
    void keyFingerprintsAreSixteenCharactersInGroupsOfFour() {
        Cert cert = ceremony.certs.get(0);
        String fingerprint = KeyCeremony.keyFingerprint(cert);
        assertTrue(fingerprint.matches("[A-Za-z0-9+/]{4}( [A-Za-z0-9+/]{4}){3}"), fingerprint);
        assertEquals(Group.hashJson(cert.serialize()).substring(0, 16), fingerprint.replace(" ", ""));
        assertNotEquals(fingerprint, KeyCeremony.keyFingerprint(ceremony.certs.get(1)));
    }

    @Test
    void aCertSignedByAnotherKeyIsRefused() {
        HolderKeys mine = ceremony.holder(2).keys();
        HolderKeys other = ceremony.holder(1).keys();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verification", Group.encode(mine.vk()));
        body.put("encryption", Group.encode(mine.ek()));
        Object forged = SignedMessage.sign(other, Json.write(body)).toJson();
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> KeyCeremony.checkCert(forged, 2));
        assertEquals("le certificat du détenteur 2 n'est pas signé par sa clé", e.getMessage());
    }

    @Test
    void aSwappedCertIsRefusedEverywhere() {
        // The server puts holder 1's encryption key in holder 2's certificate, keeping 2's signature.
        Map<String, Object> json = Json.parseObject(ceremony.certs.get(1).serialize());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verification", Group.encode(ceremony.certs.get(1).verification()));
        body.put("encryption", Group.encode(ceremony.certs.get(0).encryption()));
        json.put("message", Json.write(body));
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> KeyCeremony.checkCert(json, 2));
        assertEquals("le certificat du détenteur 2 n'est pas signé par sa clé", e.getMessage());
        // Nor can a certificate be built with keys other than those it signs.
        Cert two = ceremony.certs.get(1);
        assertThrows(InvalidMessageException.class,
                () -> new Cert(two.verification(), ceremony.certs.get(0).encryption(), two.signed()));

        // A certificate repeated, as a holder replaying another's, is refused by the server and the holders.
        List<Cert> repeated = List.of(ceremony.certs.get(0), ceremony.certs.get(0), ceremony.certs.get(2));
        e = assertThrows(InvalidMessageException.class, () -> KeyCeremony.checkCerts(repeated));
        assertEquals("le certificat du détenteur 2 reprend une clé d'un autre certificat", e.getMessage());
        assertThrows(InvalidMessageException.class, () -> ceremony.holder(1).polynomial(repeated, 2));

        // And in published parameters: the certificate of holder 2 replaced by a forged one.
        Map<String, Object> parameters = Json.parseObject(ceremony.parameters.serialize());
        Json.array(parameters, "certs").set(1, json);
        e = assertThrows(InvalidMessageException.class, () -> KeyCeremony.checkThresholdParameters(parameters));
        assertEquals("le certificat du détenteur 2 n'est pas signé par sa clé", e.getMessage());
        // Or by holder 3's: holder 2's commitments are then not signed by the listed key.
        Map<String, Object> reordered = Json.parseObject(ceremony.parameters.serialize());
        Json.array(reordered, "certs").set(1, Json.array(reordered, "certs").get(2));
        assertThrows(InvalidMessageException.class, () -> KeyCeremony.checkThresholdParameters(reordered));
    }

    @Test
    void aHolderWhoseCertIsMissingRefusesToGoOn() {
        KeyHolder stranger = KeyHolder.fromSeed(HolderKeys.generateSeed());
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> stranger.polynomial(ceremony.certs, 2));
        assertTrue(e.getMessage().contains("pas dans la liste"), e.getMessage());
    }

    @Test
    void aShareSwappedByTheServerIsCaughtByItsRecipient() {
        VInput honest = ceremony.vinputs.get(0);
        List<String> secrets = new ArrayList<>(honest.secrets());
        // Holder 1 gets holder 2's share in place of holder 3's: it is not signed by holder 3.
        secrets.set(2, secrets.get(1));
        VInput tampered = new VInput(honest.polynomial(), secrets, honest.coefexps());
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> ceremony.holder(1).voutput(ceremony.certs, tampered));
        assertTrue(e.getMessage().startsWith("la part secrète envoyée par le détenteur 3"), e.getMessage());

        // Holder 1 gets holder 2's share meant for holder 3: it is encrypted to, and names, another key.
        List<String> routedElsewhere = new ArrayList<>(honest.secrets());
        routedElsewhere.set(1, ceremony.vinputs.get(2).secrets().get(1));
        VInput misrouted = new VInput(honest.polynomial(), routedElsewhere, honest.coefexps());
        e = assertThrows(InvalidMessageException.class, () -> ceremony.holder(1).voutput(ceremony.certs, misrouted));
        assertTrue(e.getMessage().startsWith("la part secrète envoyée par le détenteur 2"), e.getMessage());
    }

    @Test
    void aShareThatDoesNotMatchItsSendersCommitmentsIsCaught() {
        // Holder 1 cheats: it sends holder 2 a share off its polynomial, properly encrypted and signed.
        HolderKeys one = ceremony.holder(1).keys();
        Map<String, Object> secret = new LinkedHashMap<>();
        secret.put("secret", Group.scalar(Group.randomScalar()));
        String bad = Channel.send(one, ceremony.certs.get(1).encryption(), Json.write(secret));
        VInput honest = ceremony.vinputs.get(1);
        List<String> secrets = new ArrayList<>(honest.secrets());
        secrets.set(0, bad);
        VInput tampered = new VInput(honest.polynomial(), secrets, honest.coefexps());
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> ceremony.holder(2).voutput(ceremony.certs, tampered));
        assertEquals("la part secrète envoyée par le détenteur 1 ne correspond pas à ses engagements", e.getMessage());
    }

    @Test
    void commitmentsSwappedByTheServerAreCaught() {
        VInput honest = ceremony.vinputs.get(0);
        List<SignedMessage> coefexps = new ArrayList<>(honest.coefexps());
        coefexps.set(1, coefexps.get(2));
        VInput tampered = new VInput(honest.polynomial(), honest.secrets(), coefexps);
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> ceremony.holder(1).voutput(ceremony.certs, tampered));
        assertEquals("les engagements du détenteur 2 ne sont pas signés par sa clé", e.getMessage());
        assertThrows(InvalidMessageException.class,
                () -> KeyCeremony.checkPolynomial(ceremony.certs, 2, 2, ceremony.polynomials.get(2)));
    }

    @Test
    void aPolynomialOfTheWrongDegreeIsRefused() {
        Polynomial p = ceremony.holder(1).polynomial(ceremony.certs, 3);
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> KeyCeremony.checkPolynomial(ceremony.certs, 2, 1, p));
        assertTrue(e.getMessage().contains("au lieu de 2"), e.getMessage());
    }

    @Test
    void aForgedProofOfKnowledgeIsRefused() {
        VOutput honest = ceremony.voutputs.get(0);
        TrusteePublicKey key = honest.publicKey();
        TrusteePublicKey forged = new TrusteePublicKey(key.publicKey(), key.challenge(),
                key.response().add(BigInteger.ONE).mod(Group.Q));
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> KeyCeremony.checkVoutput(
                ceremony.certs, ceremony.coefexps(), 1, new VOutput(honest.privateKey(), forged)));
        assertEquals("la preuve de connaissance de la clé du détenteur 1 est fausse", e.getMessage());

        // A valid proof for a key of the prover's choosing does not match the commitments.
        TrusteePublicKey other = TrusteePublicKey.prove(Group.randomScalar());
        e = assertThrows(InvalidMessageException.class, () -> KeyCeremony.checkVoutput(
                ceremony.certs, ceremony.coefexps(), 1, new VOutput(honest.privateKey(), other)));
        assertEquals("la clé de vérification du détenteur 1 ne correspond pas aux engagements des détenteurs",
                e.getMessage());

        // In published parameters too.
        Map<String, Object> json = Json.parseObject(ceremony.parameters.serialize());
        Json.array(json, "verification_keys").set(0, forged.toJson());
        e = assertThrows(InvalidMessageException.class, () -> KeyCeremony.checkThresholdParameters(json));
        assertEquals("la preuve de connaissance de la clé du détenteur 1 est fausse", e.getMessage());
        // Verification keys in the wrong order.
        Map<String, Object> swapped = Json.parseObject(ceremony.parameters.serialize());
        List<Object> keys = Json.array(swapped, "verification_keys");
        Object first = keys.get(0);
        keys.set(0, keys.get(1));
        keys.set(1, first);
        assertThrows(InvalidMessageException.class, () -> KeyCeremony.checkThresholdParameters(swapped));
    }

    @Test
    void thresholdParametersWithAnotherThresholdAreRefused() {
        Map<String, Object> json = Json.parseObject(ceremony.parameters.serialize());
        json.put("threshold", 3L);
        assertThrows(InvalidMessageException.class, () -> KeyCeremony.checkThresholdParameters(json));
        json.put("threshold", 4L);
        assertThrows(InvalidMessageException.class, () -> KeyCeremony.checkThresholdParameters(json));
    }

    @Test
    void thresholdOneAndThresholdNWork() {
        for (int t : new int[] {1, 3}) {
            Ceremony c = new Ceremony(3, t);
            assertEquals(t, c.parameters.threshold());
            KeyCeremony.checkThresholdParameters(Json.parse(c.parameters.serialize()));
        }
    }
}
