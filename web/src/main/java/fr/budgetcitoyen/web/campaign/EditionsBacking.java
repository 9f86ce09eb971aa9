package fr.budgetcitoyen.web.campaign;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Every public edition, most recent first. */
@Named
@RequestScoped
public class EditionsBacking {

    @Inject private CampaignService campaigns;

    private List<Campaign> editions;

    @PostConstruct
    void load() {
        editions = campaigns.publicEditions();
    }

    public List<Campaign> getEditions() { return editions; }
}
