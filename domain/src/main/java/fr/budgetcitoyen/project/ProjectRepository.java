package fr.budgetcitoyen.project;

import fr.budgetcitoyen.campaign.Campaign;

import java.util.List;

/** The project files of the campaigns. */
public interface ProjectRepository {

    List<Project> findByCampaign(Campaign campaign);

    long countOnBallot(Campaign campaign);

    void store(Project project);
}
