package fr.budgetcitoyen.allocation;

import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.allocation.plan.AllocationRunRepository;
import fr.budgetcitoyen.allocation.plan.RunStatus;
import fr.budgetcitoyen.platform.JpaStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAllocationRunRepository extends JpaStore implements AllocationRunRepository {

    @Override
    public List<AllocationRun> of(long campaignId) {
        return list(AllocationRun.class,
                "select r from AllocationRun r where r.campaignId = :campaign order by r.computed.at desc, r.id desc",
                "campaign", campaignId);
    }

    @Override
    public List<Long> decidedCampaignIds() {
        return list(Long.class, "select distinct r.campaignId from AllocationRun r where r.status in :decided",
                "decided", RunStatus.DECIDED);
    }

    @Override
    public Optional<AllocationRun> find(long id) {
        return byId(AllocationRun.class, id);
    }

    @Override
    public void store(AllocationRun run) {
        em.persist(run);
    }
}
