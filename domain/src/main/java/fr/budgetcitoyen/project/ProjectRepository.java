package fr.budgetcitoyen.project;

import fr.budgetcitoyen.campaign.Campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The project files of the campaigns. */
public interface ProjectRepository {

    Optional<Project> find(long id);

    /** A project on the ballot with its category and campaign, in one query (the vote's hot path). */
    Optional<Project> findOnBallot(long id);

    List<Project> findByCampaign(Campaign campaign);

    long countOnBallot(Campaign campaign);

    void store(Project project);

    /**
     * Writes the changes of this transaction now, so that a file changed meanwhile by another request
     * fails here ({@code jakarta.persistence.OptimisticLockException}) rather than at the commit.
     */
    void flush();

    List<Project> findByOwner(long ownerId);

    /** Several projects with their campaign, category and territory, in one read (the follow-up's lines). */
    List<Project> findAll(Collection<Long> ids);

    List<Project> findByCampaignAndStatus(Campaign campaign, ProjectStatus status);
}
