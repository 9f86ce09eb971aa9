package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.DecoderException;
import org.bouncycastle.util.encoders.Hex;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The authenticated channel between key holders through the server (Belenios' specification §4.3,
 * {@code encrypted_msg} and {@code channel_send}/{@code channel_recv}): the server routes the messages but
 * can neither read them (encrypted to the recipient's {@code ek}) nor forge them (signed by the sender's
 * {@code sk}, and the signed message names its recipient, so a message to one holder can't be replayed to
 * another).
 *
 * <p>{@code encrypted_msg = {"alpha","beta","data"}}: random {@code r}, {@code s}; {@code alpha = r·G},
 * {@code beta = r·ek + s·G}; {@code data} is the lowercase hex of AES-256-GCM (128-bit tag appended; Belenios
 * uses CCM, not in the JDK) of the UTF-8 plaintext, with key the SHA-256 of the hex encoding of {@code s·G}
 * (as an ASCII string) and nonce the first 12 bytes of the SHA-256 of the hex encoding of {@code alpha}.
 * The recipient finds {@code s·G = beta − dk·alpha}.
 */
public final class Channel {

    private static final int TAG_BITS = 128;
    private static final int NONCE_BYTES = 12;

    private Channel() {
    }

    /**
     * Belenios' {@code send(sk, ek, M)}: the serialisation of the {@code encrypted_msg} of the serialisation
     * of {@code signed_msg(sk, {"recipient": ek, "message": M})}.
     */
    public static String send(HolderKeys sender, ECPoint recipient, String message) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("recipient", Group.encode(recipient));
        inner.put("message", message);
        return encrypt(recipient, SignedMessage.sign(sender, Json.write(inner)).serialize());
    }

    /**
     * Decrypts with the recipient's {@code dk}, checks the signature by {@code senderVk} and that the message
     * names this recipient; returns {@code M}.
     */
    public static String receive(HolderKeys recipient, ECPoint senderVk, String encrypted) {
        SignedMessage signed = SignedMessage.parse(decrypt(recipient.dk(), encrypted));
        if (!signed.isSignedBy(senderVk)) {
            throw new InvalidMessageException("le message n'est pas signé par la clé de son expéditeur");
        }
        Map<String, Object> inner = signed.messageObject();
        if (!Group.encode(recipient.ek()).equals(Json.string(inner, "recipient"))) {
            throw new InvalidMessageException("le message est destiné à une autre clé");
        }
        return Json.string(inner, "message");
    }

    /** The serialisation of {@code encrypted_msg} of {@code plaintext} to {@code ek}. */
    static String encrypt(ECPoint ek, String plaintext) {
        BigInteger r = Group.randomScalar();
        BigInteger s = Group.randomScalar();
        ECPoint alpha = Group.mulG(r);
        ECPoint key = Group.mulG(s);
        ECPoint beta = Group.add(Group.mul(ek, r), key);
        byte[] data = aes(Cipher.ENCRYPT_MODE, key, alpha, plaintext.getBytes(StandardCharsets.UTF_8));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("alpha", Group.encode(alpha));
        out.put("beta", Group.encode(beta));
        out.put("data", Hex.toHexString(data));
        return Json.write(out);
    }

    /** Opens an {@code encrypted_msg} with {@code dk}; a wrong key or an altered message fails the GCM tag. */
    static String decrypt(BigInteger dk, String encrypted) {
        Parsed parsed = parse(encrypted);
        ECPoint key = Group.sub(parsed.beta, Group.mul(parsed.alpha, dk));
        if (key.isInfinity()) {
            throw new InvalidMessageException("message chiffré illisible avec cette clé");
        }
        byte[] plain = aes(Cipher.DECRYPT_MODE, key, parsed.alpha, parsed.data);
        return new String(plain, StandardCharsets.UTF_8);
    }

    /** What the server can check of a message it routes without reading it: its form. */
    public static void checkWellFormed(String encrypted) {
        parse(encrypted);
    }

    private record Parsed(ECPoint alpha, ECPoint beta, byte[] data) {
    }

    private static Parsed parse(String encrypted) {
        Map<String, Object> in = Json.parseObject(encrypted);
        if (in.size() != 3) {
            throw new InvalidMessageException("message chiffré : champs « alpha », « beta », « data » attendus");
        }
        String hex = Json.string(in, "data");
        if (!hex.matches("([0-9a-f]{2})+") || hex.length() < 2 * TAG_BITS / 8) {
            throw new InvalidMessageException("message chiffré : « data » doit être de l'hexadécimal");
        }
        try {
            return new Parsed(Group.decode(Json.string(in, "alpha")), Group.decode(Json.string(in, "beta")),
                    Hex.decode(hex));
        } catch (DecoderException e) {
            throw new InvalidMessageException("message chiffré : « data » doit être de l'hexadécimal");
        }
    }

    private static byte[] aes(int mode, ECPoint key, ECPoint alpha, byte[] input) {
        byte[] k = Group.sha256(Group.encode(key).getBytes(StandardCharsets.US_ASCII));
        byte[] nonce = Arrays.copyOf(Group.sha256(Group.encode(alpha).getBytes(StandardCharsets.US_ASCII)), NONCE_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(k, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new InvalidMessageException(
                    "message chiffré illisible avec cette clé (autre destinataire, ou message altéré)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }
}
