package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectRepository;
import fr.budgetcitoyen.territory.TerritoryRepository;
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
    private AccountRepository accounts;

    @Inject
    private ProjectRepository projects;

    @Inject
    private TerritoryRepository territories;

    /** The caller votes for a project in a category of the edition whose vote is open. */
    @PermitAll
    public Receipt cast(String categoryCode, long projectId) {
        return castFor(caller(), categoryCode, projectId, null);
    }

    /**
     * The project says which campaign and category are voted in (one query fetches the three); the
     * eligibility rule then checks that this campaign's vote is open today. A vote reads the caller, the
     * project, the campaign's calendar, the commune's territory and the caller's participations, then
     * writes two rows.
     */
    private Receipt castFor(Account voter, String categoryCode, long projectId, Account assistant) {
        Project project = projects.findOnBallot(projectId)
                .orElseThrow(() -> VoteRefusedException.invalidChoice("vote.refused.PROJECT_NOT_ON_BALLOT"));
        Category category = project.category();
        if (!category.code().equalsIgnoreCase(categoryCode == null ? "" : categoryCode)) {
            boolean known = project.campaign().category(categoryCode == null ? "" : categoryCode).isPresent();
            throw VoteRefusedException.invalidChoice(known ? "vote.refused.WRONG_CATEGORY" : "vote.refused.UNKNOWN_CATEGORY");
        }
        String territory = voter.communeInseeCode() == null ? null
                : territories.territoryOfCommune(voter.communeInseeCode()).orElse(null);
        CastVote vote = CastVote.of(voter, territory, category, project, campaigns.today(), assistant);
        if (votes.categoriesVotedBy(voter.id(), project.campaign().id()).contains(category.id())) {
            throw VoteRefusedException.alreadyVoted();
        }
        votes.record(vote);
        return vote.receipt();
    }

    /** The open vote as the caller sees it; empty when no vote is open. */
    @PermitAll
    public Optional<VoterBallot> ballotForCaller() {
        Account voter = caller();
        return campaigns.openFor(PhaseType.VOTE).map(campaign -> new VoterBallot(campaign,
                VoterEligibility.refusals(voter, campaign, campaigns.today()),
                votes.categoriesVotedBy(voter.id(), campaign.id()),
                campaigns.projectsOf(campaign).stream().filter(Project::isOnBallot).toList()));
    }

    /** The anonymised ballots of an edition, once its vote is over; refused while it runs. */
    @PermitAll
    public List<Ballot> publishedBallots(Campaign campaign) {
        if (!BallotPublication.isPublished(campaign, campaigns.today())) {
            throw VoteRefusedException.notPublishedYet();
        }
        return votes.ballotsOf(campaign.id());
    }

    private Account caller() {
        String email = context.getCallerPrincipal().getName();
        return accounts.findByEmail(email).orElseThrow(
                () -> VoteRefusedException.notEligible(List.of(Ineligibility.ACCOUNT_INACTIVE)));
    }
}
