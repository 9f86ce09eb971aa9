package fr.budgetcitoyen.web.campaign;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignOverview;
import fr.budgetcitoyen.campaign.CampaignService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

/** The published edition of a year for the API resources under {@code /api/campaigns/{year}}: a 404 otherwise. */
@ApplicationScoped
public class PublicEditions {

    @EJB private CampaignService campaigns;

    public Campaign byYear(int year) {
        return campaigns.edition(year).map(CampaignOverview::campaign)
                .orElseThrow(() -> new NotFoundException("Aucune édition publiée pour l'année " + year));
    }
}
