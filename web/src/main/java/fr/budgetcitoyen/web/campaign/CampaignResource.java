package fr.budgetcitoyen.web.campaign;

import fr.budgetcitoyen.campaign.CampaignService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The public editions of the Budget citoyen. What hangs under an edition sits with its feature, on the same
 * {@code campaigns} root: the ballot (vote.BallotResource), the results (allocation.ResultsResource), the
 * impact (followup.ImpactResource).
 */
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CampaignResource {

    @EJB private CampaignService campaigns;

    @GET
    public List<CampaignJson.Summary> list() {
        return campaigns.publicEditions().stream()
                .map(c -> campaigns.edition(c.year()).orElseThrow())
                .map(CampaignJson::summary)
                .toList();
    }

    @GET
    @Path("{year: [0-9]{4}}")
    public CampaignJson.Detail byYear(@PathParam("year") int year) {
        return campaigns.edition(year)
                .map(CampaignJson::detail)
                .orElseThrow(() -> new NotFoundException("Aucune édition publiée pour l'année " + year));
    }
}
