package fr.budgetcitoyen.research;

import java.util.List;
import java.util.Optional;

public interface ResearchGrantRepository {

    Optional<ResearchGrant> find(long id);

    /** An account's grants, newest first. */
    List<ResearchGrant> ofAccount(long accountId);

    /** Every grant, newest first. */
    List<ResearchGrant> all();

    void store(ResearchGrant grant);
}
