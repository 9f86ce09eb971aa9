package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.territory.TerritoryRepository;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a vote is cast, by the voter alone or with an assistant: runs inside the calling service's
 * transaction, so participation and ballot are written together or not at all.
 */
@Dependent
public class BallotBox {

    @EJB
    private CampaignService campaigns;

    @Inject
    private VoteRepository votes;

    @Inject
    private OpenBallot openBallot;

    @Inject
    private TerritoryRepository territories;

    @Inject
    private Clock clock;

    /**
     * The project says which campaign and category are voted in (one query fetches the three); the
     * eligibility rule then checks that this campaign's vote is open today. The project and the commune's
     * territory come from memory ({@link OpenBallot}, {@link TerritoryRepository}); the voter is read by the
     * caller; then two rows are written.
     */
    public Receipt cast(Voter voter, String categoryCode, long projectId, Long assistantId) {
        Project project = openBallot.project(projectId)
                .orElseThrow(() -> VoteRefusedException.invalidChoice("vote.refused.PROJECT_NOT_ON_BALLOT"));
        Category category = project.category();
        if (!category.code().equalsIgnoreCase(categoryCode == null ? "" : categoryCode)) {
            boolean known = project.campaign().category(categoryCode == null ? "" : categoryCode).isPresent();
            throw VoteRefusedException.invalidChoice(known ? "vote.refused.WRONG_CATEGORY" : "vote.refused.UNKNOWN_CATEGORY");
        }
        String territory = voter.communeInseeCode() == null ? null
                : territories.territoryOfCommune(voter.communeInseeCode()).orElse(null);
        CastVote vote = CastVote.of(voter, territory, category, project, LocalDate.now(clock), assistantId);
        // No "has voted?" query first: the unique participation refuses a second vote, concurrent or not.
        votes.record(vote);
        return vote.receipt();
    }

    /** The open vote as this voter sees it; empty when no vote is open. */
    public Optional<VoterBallot> ballotOf(Voter voter) {
        return campaigns.openFor(PhaseType.VOTE).map(campaign -> new VoterBallot(campaign,
                VoterEligibility.refusals(voter, campaign, campaigns.today()),
                votes.categoriesVotedBy(voter.id(), campaign.id()),
                campaigns.projectsOf(campaign).stream().filter(Project::isOnBallot).toList()));
    }
}
