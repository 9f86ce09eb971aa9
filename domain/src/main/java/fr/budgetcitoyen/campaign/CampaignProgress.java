package fr.budgetcitoyen.campaign;

/** Where a campaign stands on a given day, derived from its calendar. */
public enum CampaignProgress {
    NOT_STARTED,
    RUNNING,
    COMPLETED
}
