package fr.budgetcitoyen.allocation.plan;

import java.util.List;
import java.util.Optional;

/** The recorded computations of the editions' allocations. */
public interface AllocationRunRepository {

    /** An edition's runs, the most recent first. */
    List<AllocationRun> of(long campaignId);

    /** The editions whose allocation was decided, in one read (not their runs one edition after the other). */
    List<Long> decidedCampaignIds();

    Optional<AllocationRun> find(long id);

    void store(AllocationRun run);
}
