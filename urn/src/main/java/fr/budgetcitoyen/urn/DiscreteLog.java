package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code log_G(P)} for {@code P = n·G} with {@code 0 ≤ n ≤ bound}, by Shanks' baby-step giant-step
 * (Belenios' specification §4.14 leaves the method open; it is bounded by the number of ballots):
 * {@code m = ⌈√(bound + 1)⌉} baby steps {@code j·G} in a table keyed by their compressed encoding, then at
 * most {@code m} giant steps {@code P − i·m·G}. For a million ballots: about a thousand additions each way.
 * One instance serves every ciphertext of a tally.
 */
public final class DiscreteLog {

    /** Beyond this the table would not fit in memory; no category ever gets ten billion ballots. */
    public static final long MAX_BOUND = 10_000_000_000L;

    private final long bound;
    private final long m;
    private final Map<ByteBuffer, Long> babySteps = new HashMap<>();
    private final ECPoint giantStep;

    public DiscreteLog(long bound) {
        if (bound < 0 || bound > MAX_BOUND) {
            throw new IllegalArgumentException("bound out of [0, " + MAX_BOUND + "]: " + bound);
        }
        this.bound = bound;
        long root = (long) Math.ceil(Math.sqrt((double) bound + 1));
        while (root * root < bound + 1) {
            root++;
        }
        this.m = Math.max(1, root);
        // j·G for 1 ≤ j < m; j = 0 is the point at infinity, handled apart (it has no encoding).
        ECPoint p = Group.G;
        for (long j = 1; j < m; j++) {
            babySteps.put(key(p), j);
            p = p.add(Group.G).normalize();
        }
        this.giantStep = Group.mulG(BigInteger.valueOf(m)).negate();
    }

    /** The discrete logarithm, or empty when it is not in {@code [0, bound]}. */
    public OptionalLong find(ECPoint point) {
        ECPoint q = point.normalize();
        for (long i = 0; i * m <= bound; i++) {
            long n;
            if (q.isInfinity()) {
                n = i * m;
            } else {
                Long j = babySteps.get(key(q));
                n = j == null ? -1 : i * m + j;
            }
            if (n >= 0) {
                return n <= bound ? OptionalLong.of(n) : OptionalLong.empty();
            }
            q = q.add(giantStep).normalize();
        }
        return OptionalLong.empty();
    }

    /** {@code log_G(P)} in {@code [0, bound]}; refuses a point outside that range. */
    public long log(ECPoint point) {
        return find(point).orElseThrow(() -> new InvalidMessageException(
                "le logarithme discret n'est pas entre 0 et " + bound));
    }

    /** One-off {@code log_G(P)} in {@code [0, bound]}. */
    public static long of(ECPoint point, long bound) {
        return new DiscreteLog(bound).log(point);
    }

    public long bound() { return bound; }

    private static ByteBuffer key(ECPoint p) {
        return ByteBuffer.wrap(p.getEncoded(true));
    }
}
