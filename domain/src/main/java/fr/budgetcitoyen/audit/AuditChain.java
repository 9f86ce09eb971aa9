package fr.budgetcitoyen.audit;

import fr.budgetcitoyen.shared.Digests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The audit log's hash chain, after Schneier and Kelsey's secure audit logs ("Secure Audit Logs to Support
 * Computer Forensics", ACM TISSEC 2(2), 1999) without their keys: each entry's hash covers the previous entry's
 * hash, so removing, inserting or changing an entry breaks every hash after it, and the latest hash, published
 * each day outside the database (mailed to the administrators), also exposes a rewrite of the whole tail.
 * <p>
 * The personal data (who, about whom, the values before and after) stays <em>outside</em> the hashed part: the
 * chain holds only a digest of it, salted per entry. Erasing someone (the right to erasure) replaces their address
 * and drops the salt: the chain still verifies, and the digest left in it can no longer be tied to anybody.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** A fresh salt for one entry: 16 random bytes, in hex. */
    public static String salt(SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** SHA-256 over the salt and the personal fields, each length-prefixed (no two inputs give the same text). */
    public static String personalDigest(String salt, String actor, String target, String before, String after) {
        return digest(salt, actor, target, before, after);
    }

    /** SHA-256 over the previous hash, the position, the time, the action and the personal digest. */
    public static String link(String previousHash, long seq, Instant occurredAt, String action, String personalDigest) {
        return digest(previousHash, Long.toString(seq), occurredAt.toString(), action, personalDigest);
    }

    private static String digest(String... parts) {
        MessageDigest sha256 = Digests.sha256();
        for (String part : parts) {
            if (part == null) {
                sha256.update("-1:".getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha256.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                sha256.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
