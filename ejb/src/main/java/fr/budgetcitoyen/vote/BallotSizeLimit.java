package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.urn.Ballot;
import fr.budgetcitoyen.urn.Election;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.TimeUnit;

/**
 * How large a vote request may be: an encrypted ballot grows with its category's projects (a ciphertext
 * and two proofs each, {@link Ballot#MAX_CHARS_PER_ANSWER} bytes at the most), so the limit follows the open
 * vote's largest question. Read
 * again every few seconds, like the projects on the ballot.
 */
@ApplicationScoped
public class BallotSizeLimit {

    /** The request without a ballot, plus the ballot's fixed part. */
    static final int BASE_BYTES = 16 * 1024;
    static final int BYTES_PER_PROJECT = Ballot.MAX_CHARS_PER_ANSWER;

    @EJB private CampaignService campaigns;
    @Inject private UrnRepository urns;
    @Inject private SealedElections elections;

    private volatile long limit = BASE_BYTES;
    private volatile long readAt;

    public long maxBytes() {
        long now = System.nanoTime();
        if (now - readAt > TimeUnit.SECONDS.toNanos(OpenBallot.TTL_SECONDS)) {
            int answers = campaigns.openFor(PhaseType.VOTE).flatMap(c -> urns.find(c.id())).filter(Urn::isSealed)
                    .map(elections::of).map(Election::questions)
                    .map(qs -> qs.stream().mapToInt(q -> q.answers().size()).max().orElse(0)).orElse(0);
            limit = BASE_BYTES + (long) BYTES_PER_PROJECT * answers;
            readAt = now;
        }
        return limit;
    }
}
