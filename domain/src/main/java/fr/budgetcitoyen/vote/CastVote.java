package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.project.Project;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One voter's vote in one category, before its encryption: the participation (who) to be written with
 * the encrypted ballot, and the project chosen, which only the voter's page or the server's encryption
 * of it ever reads (it is never stored).
 */
public record CastVote(Participation participation, Project project) {

    /**
     * The vote, if the voter may vote today and the project is on the ballot of that category. Whether
     * they already voted is the database's to say (unique participation).
     *
     * @param voterTerritory the territory of the voter's commune, for turnout
     * @param assistantId    the account of the host or agent whose device was used, or null
     */
    public static CastVote of(Voter voter, String voterTerritory, Category category, Project project,
                               LocalDate today, Long assistantId) {
        Participation participation = participation(voter, voterTerritory, category, today, assistantId);
        if (project == null || !project.isOnBallot()) {
            throw VoteRefusedException.invalidChoice("vote.refused.PROJECT_NOT_ON_BALLOT");
        }
        if (project.category() != category && !category.id().equals(project.category().id())) {
            throw VoteRefusedException.invalidChoice("vote.refused.WRONG_CATEGORY");
        }
        return new CastVote(participation, project);
    }

    /** The participation of a voter who may vote today in this category (a ballot encrypted by their page). */
    public static Participation participation(Voter voter, String voterTerritory, Category category, LocalDate today,
                                              Long assistantId) {
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(category, "category");
        List<Ineligibility> refusals = VoterEligibility.refusals(voter, category.campaign(), today);
        if (!refusals.isEmpty()) {
            throw VoteRefusedException.notEligible(refusals);
        }
        return new Participation(category.campaign().id(), category.id(), voter.id(), assistantId, today, voterTerritory,
                AgeBand.of(voter.birthDate(), today));
    }
}
