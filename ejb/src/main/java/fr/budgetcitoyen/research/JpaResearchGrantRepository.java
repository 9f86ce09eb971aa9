package fr.budgetcitoyen.research;

import fr.budgetcitoyen.platform.JpaStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaResearchGrantRepository extends JpaStore implements ResearchGrantRepository {

    @Override
    public Optional<ResearchGrant> find(long id) {
        return byId(ResearchGrant.class, id);
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
