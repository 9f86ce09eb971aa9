package fr.budgetcitoyen.research;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaResearchGrantRepository implements ResearchGrantRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ResearchGrant> find(long id) {
        return Optional.ofNullable(em.find(ResearchGrant.class, id));
    }

    @Override
    public List<ResearchGrant> ofAccount(long accountId) {
        return em.createNamedQuery("ResearchGrant.ofAccount", ResearchGrant.class).setParameter("account", accountId).getResultList();
    }

    @Override
    public List<ResearchGrant> all() {
        return em.createNamedQuery("ResearchGrant.all", ResearchGrant.class).getResultList();
    }

    @Override
    public void store(ResearchGrant grant) {
        em.persist(grant);
    }
}
