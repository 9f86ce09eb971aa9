package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.project.Project;

import java.util.List;
import java.util.Set;

/** The open vote as one voter sees it: what keeps them from voting, where they voted, what is on the ballot. */
public record VoterBallot(Campaign campaign, List<Ineligibility> refusals, Set<Long> votedCategories,
                          List<Project> projects) {

    public boolean mayVote() {
        return refusals.isEmpty();
    }

    public boolean hasVotedIn(Category category) {
        return votedCategories.contains(category.id());
    }

    /** Voted in every category that has projects: nothing is left to choose, so the page shows no filter. */
    public boolean hasVotedEverywhere() {
        return !votedCategories.isEmpty() && campaign.categories().stream()
                .filter(category -> !projectsOf(category).isEmpty()).allMatch(this::hasVotedIn);
    }

    public List<Project> projectsOf(Category category) {
        return projects.stream().filter(p -> p.category().id().equals(category.id())).toList();
    }
}
