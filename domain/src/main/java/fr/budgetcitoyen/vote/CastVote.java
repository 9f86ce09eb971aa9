package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.project.Project;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One voter's vote in one category: the participation (who) and the ballot (what) to be written in the
 * same transaction, and the receipt shown once to the voter.
 */
public record CastVote(Participation participation, Ballot ballot, Receipt receipt) {

    /**
     * Casts the vote if the voter may vote today and the project is on the ballot of that category.
     * Whether they already voted is the database's to say (unique participation).
     *
     * @param voterTerritory the territory of the voter's commune, for turnout
     * @param assistantId    the account of the host or agent whose device was used, or null
     */
    public static CastVote of(Voter voter, String voterTerritory, Category category, Project project,
                               LocalDate today, Long assistantId) {
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(category, "category");
        List<Ineligibility> refusals = VoterEligibility.refusals(voter, category.campaign(), today);
        if (!refusals.isEmpty()) {
            throw VoteRefusedException.notEligible(refusals);
        }
        if (project == null || !project.isOnBallot()) {
            throw VoteRefusedException.invalidChoice("vote.refused.PROJECT_NOT_ON_BALLOT");
        }
        if (project.category() != category && !category.id().equals(project.category().id())) {
            throw VoteRefusedException.invalidChoice("vote.refused.WRONG_CATEGORY");
        }
        Long campaignId = category.campaign().id();
        Receipt receipt = Receipt.issue();
        Participation participation = new Participation(campaignId, category.id(), voter.id(),
                assistantId, today, voterTerritory, AgeBand.of(voter.birthDate(), today));
        Ballot ballot = new Ballot(campaignId, category.id(), project.id(), receipt.hash());
        return new CastVote(participation, ballot, receipt);
    }
}
