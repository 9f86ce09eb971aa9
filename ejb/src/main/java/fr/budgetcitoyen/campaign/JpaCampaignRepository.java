package fr.budgetcitoyen.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCampaignRepository implements CampaignRepository {

    @PersistenceContext private EntityManager em;

    @Override
    public Optional<Campaign> findByYear(int year) {
        return em.createNamedQuery("Campaign.findByYear", Campaign.class)
                .setParameter("year", year)
                .getResultStream().findFirst()
                .map(JpaCampaignRepository::loaded);
    }

    @Override
    public List<Campaign> findPublic() {
        List<Campaign> published = em.createNamedQuery("Campaign.findAll", Campaign.class).getResultList().stream()
                .filter(Campaign::isPublic).toList();
        published.forEach(JpaCampaignRepository::loaded);
        return published;
    }

    @Override
    public List<Campaign> findAll() {
        List<Campaign> all = em.createNamedQuery("Campaign.findAll", Campaign.class).getResultList();
        all.forEach(JpaCampaignRepository::loaded);
        return all;
    }

    @Override
    public long count() {
        return em.createNamedQuery("Campaign.count", Long.class).getSingleResult();
    }

    @Override
    public void store(Campaign campaign) {
        if (campaign.id() == null) {
            em.persist(campaign);
        } else {
            em.merge(campaign);
        }
    }

    /** Loads the calendar and the categories while the transaction is open: views read them later. */
    private static Campaign loaded(Campaign campaign) {
        campaign.calendar();
        campaign.categories();
        campaign.eligibleLegalForms();
        return campaign;
    }
}
