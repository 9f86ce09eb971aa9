package fr.budgetcitoyen.project;

import fr.budgetcitoyen.campaign.Campaign;
import jakarta.enterprise.context.ApplicationScoped;
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
        return Optional.ofNullable(em.find(Project.class, id));
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
}
