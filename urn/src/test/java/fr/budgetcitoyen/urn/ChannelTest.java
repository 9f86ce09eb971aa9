package fr.budgetcitoyen.urn;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChannelTest {

    private final HolderKeys alice = HolderKeys.fromSeed(HolderKeys.generateSeed());
    private final HolderKeys bob = HolderKeys.fromSeed(HolderKeys.generateSeed());
    private final HolderKeys eve = HolderKeys.fromSeed(HolderKeys.generateSeed());

    @Test
    void aSignatureChecksWithItsKeyOnly() {
        SignedMessage signed = SignedMessage.sign(alice, "{\"a\":\"é\"}");
        assertTrue(signed.isSignedBy(alice.vk()));
        assertFalse(signed.isSignedBy(bob.vk()));
        assertFalse(new SignedMessage("{\"a\":\"e\"}", signed.challenge(), signed.response()).isSignedBy(alice.vk()));
        SignedMessage read = SignedMessage.parse(signed.serialize());
        assertEquals(signed, read);
        assertTrue(read.isSignedBy(alice.vk()));
        assertEquals(List.of("message", "signature"), new ArrayList<>(Json.parseObject(signed.serialize()).keySet()));
    }

    @Test
    void theSameSeedAlwaysGivesTheSameCertificateAndFingerprint() {
        String seed = HolderKeys.generateSeed();
        Cert one = KeyHolder.fromSeed(seed).cert();
        Cert two = KeyHolder.fromSeed(seed).cert();
        assertEquals(one.serialize(), two.serialize());
        assertEquals(one.fingerprint(), two.fingerprint());
        assertNotEquals(one.fingerprint(), KeyHolder.fromSeed(HolderKeys.generateSeed()).cert().fingerprint());
        // Deterministic per message, not across messages.
        assertNotEquals(SignedMessage.sign(alice, "a").challenge(), SignedMessage.sign(alice, "b").challenge());
    }

    @Test
    void theRecipientReadsWhatTheSenderSent() {
        String message = "{\"secret\":\"12345\",\"note\":\"« é »\"}";
        String sent = Channel.send(alice, bob.ek(), message);
        Map<String, Object> json = Json.parseObject(sent);
        assertEquals(List.of("alpha", "beta", "data"), new ArrayList<>(json.keySet()));
        assertFalse(sent.contains("12345"));
        assertEquals(message, Channel.receive(bob, alice.vk(), sent));
        assertNotEquals(sent, Channel.send(alice, bob.ek(), message), "fresh randomness each time");
        Channel.checkWellFormed(sent);
    }

    @Test
    void anotherDecryptionKeyCannotReadIt() {
        String sent = Channel.send(alice, bob.ek(), "{\"secret\":\"1\"}");
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> Channel.receive(eve, alice.vk(), sent));
        assertTrue(e.getMessage().startsWith("message chiffré illisible"), e.getMessage());
        assertThrows(InvalidMessageException.class, () -> Channel.decrypt(eve.dk(), sent));
        assertThrows(InvalidMessageException.class, () -> Channel.receive(alice, alice.vk(), sent));
    }

    @Test
    void aMessageFromSomeoneElseOrForSomeoneElseIsRefused() {
        String fromEve = Channel.send(eve, bob.ek(), "{}");
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> Channel.receive(bob, alice.vk(), fromEve));
        assertEquals("le message n'est pas signé par la clé de son expéditeur", e.getMessage());

        // The server re-encrypts to Bob a message Alice signed for Eve: the signed recipient gives it away.
        String forEve = Channel.send(alice, eve.ek(), "{}");
        String reencrypted = Channel.encrypt(bob.ek(), Channel.decrypt(eve.dk(), forEve));
        e = assertThrows(InvalidMessageException.class, () -> Channel.receive(bob, alice.vk(), reencrypted));
        assertEquals("le message est destiné à une autre clé", e.getMessage());
    }

    @Test
    void anAlteredMessageIsRefused() {
        String sent = Channel.send(alice, bob.ek(), "{\"secret\":\"1\"}");
        Map<String, Object> json = Json.parseObject(sent);
        String data = Json.string(json, "data");
        json.put("data", (data.charAt(0) == '0' ? "1" : "0") + data.substring(1));
        String altered = Json.write(json);
        assertThrows(InvalidMessageException.class, () -> Channel.receive(bob, alice.vk(), altered));
        assertThrows(InvalidMessageException.class, () -> Channel.checkWellFormed("{\"alpha\":\"02\",\"beta\":\"03\",\"data\":\"\"}"));
    }
}
