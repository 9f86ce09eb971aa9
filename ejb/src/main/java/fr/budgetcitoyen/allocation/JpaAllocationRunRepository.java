package fr.budgetcitoyen.allocation;

import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.allocation.plan.AllocationRunRepository;
import fr.budgetcitoyen.allocation.plan.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAllocationRunRepository implements AllocationRunRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<AllocationRun> of(long campaignId) {
        return em.createQuery("select r from AllocationRun r where r.campaignId = :campaign order by r.computed.at desc, r.id desc",
                AllocationRun.class).setParameter("campaign", campaignId).getResultList();
    }

    @Override
    public List<Long> decidedCampaignIds() {
        return em.createQuery("select distinct r.campaignId from AllocationRun r where r.status in :decided", Long.class)
                .setParameter("decided", RunStatus.DECIDED).getResultList();
    }

    @Override
    public Optional<AllocationRun> find(long id) {
        return Optional.ofNullable(em.find(AllocationRun.class, id));
    }

    @Override
    public void store(AllocationRun run) {
        em.persist(run);
    }
}
