package fr.budgetcitoyen.project;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.platform.JpaStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProjectRepository extends JpaStore implements ProjectRepository {

    @Override
    public Optional<Project> find(long id) {
        // Pages read the category, territory, campaign and budget after the transaction: fetch them now.
        List<Project> found = list(Project.class,
                "select p from Project p join fetch p.campaign left join fetch p.category "
                + "left join fetch p.territory left join fetch p.budget where p.id = :id",
                "id", id);
        found.forEach(p -> {
            p.campaign().categories().size();
            p.campaign().calendar();
        });
        return found.stream().findFirst();
    }

    @Override
    public Optional<Project> findOnBallot(long id) {
        // The vote's hot path: the project with its category and campaign (the calendar follows, by id). Plain
        // join fetches, not an entity graph: Hibernate then caches the query's SQL translation, which the
        // profiler showed being rebuilt on every vote (a quarter of the server's time under load).
        return list(Project.class,
                "select p from Project p join fetch p.category join fetch p.campaign"
                + " where p.id = :id and p.status = :status",
                "id", id, "status", ProjectStatus.VALIDATED).stream().findFirst();
    }

    @Override
    public List<Project> findByCampaign(Campaign campaign) {
        return em.createNamedQuery("Project.findByCampaign", Project.class)
                .setParameter("campaign", campaign).getResultList();
    }

    @Override
    public long countOnBallot(Campaign campaign) {
        return em.createNamedQuery("Project.countByCampaignAndStatus", Long.class)
                .setParameter("campaign", campaign)
                .setParameter("status", ProjectStatus.VALIDATED)
                .getSingleResult();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void store(Project project) {
        em.persist(project);
    }

    @Override
    public List<Project> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list(Project.class,
                "select p from Project p join fetch p.campaign left join fetch p.category"
                + " left join fetch p.territory where p.id in :ids",
                "ids", ids);
    }

    @Override
    public List<Project> findByOwner(long ownerId) {
        return em.createNamedQuery("Project.findByOwner", Project.class).setParameter("owner", ownerId).getResultList();
    }

    @Override
    public List<Project> findByCampaignAndStatus(Campaign campaign, ProjectStatus status) {
        return em.createNamedQuery("Project.findByCampaignAndStatus", Project.class)
                .setParameter("campaign", campaign).setParameter("status", status).getResultList();
    }
}
