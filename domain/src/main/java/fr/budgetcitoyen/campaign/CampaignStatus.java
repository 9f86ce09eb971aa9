package fr.budgetcitoyen.campaign;

/** Whether the public sees a campaign: agents prepare it as a draft, publish it, archive it years later. */
public enum CampaignStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
