package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * Casting a vote: the voter is always the caller (never a parameter), the vote step is open by the
 * server's clock, and participation and ballot are written in one transaction.
 */
@Stateless
public class VoteService {

    @Resource private SessionContext context;
    @EJB private CampaignService campaigns;
    @Inject private VoteRepository votes;
    @Inject private BallotBox ballotBox;
    @Inject private UrnRepository urns;
    @Inject private ReceiptMail receiptMail;

    /**
     * The caller votes for a project in a category of the edition whose vote is open; with
     * {@code mailReceipt}, the receipt is also mailed to them once the vote has committed. With a {@code key}
     * (may be null), the same vote sent again answers the first tracker instead of « already voted ».
     */
    @PermitAll
    public Tracker cast(String categoryCode, long projectId, boolean mailReceipt, IdempotencyKey key) {
        return mailed(ballotBox.cast(caller(), categoryCode, projectId, null, key), mailReceipt);
    }

    /**
     * The caller casts a ballot their own device encrypted (the urn's JSON ballot): refused unless every
     * proof checks, it answers this category's question and it carries the caller's pseudonym.
     */
    @PermitAll
    public Tracker castEncrypted(String categoryCode, String ballotJson, boolean mailReceipt, IdempotencyKey key) {
        return mailed(ballotBox.castEncrypted(caller(), categoryCode, ballotJson, null, key), mailReceipt);
    }

    /** The caller's pseudonym on the board of the edition whose vote is open, for a device that encrypts. */
    @PermitAll
    public Optional<String> pseudonymOfCaller() {
        return campaigns.openFor(fr.budgetcitoyen.campaign.PhaseType.VOTE)
                .map(campaign -> urns.pseudonymOf(campaign.id(), caller().id()));
    }

    /** Where the caller's page puts this choice in the sealed election, to encrypt it itself. */
    @PermitAll
    public Optional<EncryptionTarget> encryptionTarget(String categoryCode, long projectId) {
        return ballotBox.target(caller(), categoryCode, projectId);
    }

    private Tracker mailed(Tracker tracker, boolean mailReceipt) {
        if (mailReceipt && !tracker.replayed()) {
            receiptMail.send(context.getCallerPrincipal().getName(), tracker.categoryName(), tracker.code());
        }
        return tracker;
    }

    /** The open vote as the caller sees it; empty when no vote is open. */
    @PermitAll
    public Optional<VoterBallot> ballotForCaller() {
        return ballotBox.ballotOf(caller());
    }

    /** The anonymised ballots of an edition, once its vote is over; refused while it runs. */
    @PermitAll
    public List<Ballot> publishedBallots(Campaign campaign) {
        if (!BallotPublication.isPublished(campaign, campaigns.today())) {
            throw VoteRefusedException.notPublishedYet();
        }
        return votes.ballotsOf(campaign.id());
    }

    private Voter caller() {
        return votes.voter(context.getCallerPrincipal().getName()).orElseThrow(
                () -> VoteRefusedException.notEligible(List.of(Ineligibility.ACCOUNT_INACTIVE)));
    }
}
