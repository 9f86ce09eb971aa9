package fr.budgetcitoyen.campaign;

import java.util.List;
import java.util.Optional;

/** The campaigns, one per year. */
public interface CampaignRepository {

    /** The campaign of that year with its calendar and categories loaded. */
    Optional<Campaign> findByYear(int year);

    /** Published and archived campaigns, most recent first, with calendars and categories loaded. */
    List<Campaign> findPublic();

    /** Every campaign, drafts included, most recent first: for the agents' set-up pages. */
    List<Campaign> findAll();

    long count();

    void store(Campaign campaign);
}
