package fr.budgetcitoyen.project;

import fr.budgetcitoyen.campaign.Campaign;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Project> find(long id) {
        // Pages read the category, territory and campaign after the transaction: fetch them now.
        List<Project> found = em.createQuery("select p from Project p join fetch p.campaign left join fetch p.category "
                + "left join fetch p.territory where p.id = :id", Project.class).setParameter("id", id).getResultList();
        found.forEach(p -> {
            p.campaign().categories().size();
            p.campaign().calendar();
        });
        return found.stream().findFirst();
    }

    @Override
    public Optional<Project> findOnBallot(long id) {
        // One query for the vote's hot path: the project, its category, its campaign and the campaign's calendar.
        EntityGraph<Project> graph = em.createEntityGraph(Project.class);
        graph.addAttributeNodes("category");
        graph.addSubgraph("campaign").addAttributeNodes("phases");
        return em.createQuery("select p from Project p where p.id = :id and p.status = :status", Project.class)
                .setHint("jakarta.persistence.fetchgraph", graph)
                .setParameter("id", id).setParameter("status", ProjectStatus.VALIDATED).getResultStream().findFirst();
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
    public void store(Project project) {
        em.persist(project);
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
