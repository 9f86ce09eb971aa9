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

    @Resource
    private SessionContext context;

    @EJB
    private CampaignService campaigns;

    @Inject
    private VoteRepository votes;

    @Inject
    private BallotBox ballotBox;

    @Inject
    private ReceiptMail receiptMail;

    /**
     * The caller votes for a project in a category of the edition whose vote is open; with
     * {@code mailReceipt}, the receipt is also mailed to them once the vote has committed.
     */
    @PermitAll
    public Receipt cast(String categoryCode, long projectId, boolean mailReceipt) {
        Receipt receipt = ballotBox.cast(caller(), categoryCode, projectId, null);
        if (mailReceipt) {
            receiptMail.send(context.getCallerPrincipal().getName(), projectId, receipt);
        }
        return receipt;
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
