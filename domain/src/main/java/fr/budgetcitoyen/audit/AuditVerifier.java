package fr.budgetcitoyen.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Walks the audit log in the chain's order and tells where it breaks first: a missing entry, an altered one, personal
 * data changed (not erased), the latest entries gone (the chain ends before its head), or a rewrite that a hash
 * published earlier exposes (whoever can write to the database can recompute every hash; not the ones already mailed).
 */
public final class AuditVerifier {

    public enum Break { MISSING, ALTERED, PERSONAL_DATA_ALTERED, TAIL_REMOVED, REWRITTEN }

    /** What a walk found; {@code brokenAt} is the position of the first break. */
    public record Result(long checked, long erased, long lastSeq, String lastHash, Optional<Break> broken, long brokenAt) {

        public boolean intact() {
            return broken.isEmpty();
        }
    }

    private final long anchorSeq;
    private final String anchorHash;
    private String previous = AuditChain.GENESIS;
    private long expected = 1;
    private long erased;
    private Break broken;
    private long brokenAt;

    /** A walk that only checks the chain itself. */
    public AuditVerifier() {
        this(0, null);
    }

    /** A walk that also checks that entry {@code anchorSeq} still has the hash published for it. */
    public AuditVerifier(long anchorSeq, String anchorHash) {
        this.anchorSeq = anchorSeq;
        this.anchorHash = anchorHash;
    }

    /** The next entry, in the order of {@link AuditEntry#seq()}. */
    public void accept(AuditEntry entry) {
        if (broken != null) {
            return;
        }
        if (entry.seq() != expected) {
            fail(Break.MISSING, expected);
        } else if (!entry.linksTo(previous)) {
            fail(Break.ALTERED, entry.seq());
        } else if (!entry.personalDataIntact()) {
            fail(Break.PERSONAL_DATA_ALTERED, entry.seq());
        } else if (entry.seq() == anchorSeq && !entry.hash().equals(anchorHash)) {
            fail(Break.REWRITTEN, entry.seq());
        } else {
            previous = entry.hash();
            expected++;
            erased += entry.isErased() ? 1 : 0;
        }
    }

    /** The walk's verdict, once every entry was given; {@code head} is where the chain says it ends. */
    public Result finish(AuditChainHead head) {
        long last = expected - 1;
        if (broken == null && (head.lastSeq() != last || !Objects.equals(head.lastHash(), previous))) {
            fail(Break.TAIL_REMOVED, expected);
        }
        if (broken == null && anchorSeq > last) {
            fail(Break.REWRITTEN, anchorSeq);
        }
        return new Result(last, erased, last, previous, Optional.ofNullable(broken), brokenAt);
    }

    private void fail(Break why, long at) {
        broken = why;
        brokenAt = at;
    }
}
