package fr.budgetcitoyen.web.campaign;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignOverview;
import fr.budgetcitoyen.campaign.CampaignService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The home page: the current edition, its calendar and key figures, and the past editions. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject private CampaignService campaigns;

    private CampaignOverview current;
    private List<Campaign> pastEditions;

    @PostConstruct
    void load() {
        current = campaigns.currentEdition().orElse(null);
        pastEditions = campaigns.pastEditions();
    }

    public CampaignOverview getCurrent() { return current; }

    public List<Campaign> getPastEditions() { return pastEditions; }
}
