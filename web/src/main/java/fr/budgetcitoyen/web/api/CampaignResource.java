package fr.budgetcitoyen.web.api;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignOverview;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.vote.VoteService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The public editions of the Budget citoyen. */
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CampaignResource {

    @EJB
    private CampaignService campaigns;

    @EJB
    private VoteService votes;

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

    /** The projects on the ballot of an edition (validated by the commission), without any vote count. */
    @GET
    @Path("{year: [0-9]{4}}/projects")
    public List<BallotJson.ProjectJson> ballotProjects(@PathParam("year") int year) {
        Campaign campaign = publicEdition(year);
        return campaigns.projectsOf(campaign).stream().filter(Project::isOnBallot).map(BallotJson.ProjectJson::of).toList();
    }

    /** The anonymised ballots, published once the vote is over, so anyone can find theirs and recount. */
    @GET
    @Path("{year: [0-9]{4}}/ballots")
    public List<BallotJson.PublishedBallot> ballots(@PathParam("year") int year) {
        Campaign campaign = publicEdition(year);
        Map<Long, String> codes = campaign.categories().stream().collect(Collectors.toMap(Category::id, Category::code));
        return votes.publishedBallots(campaign).stream().map(b -> BallotJson.PublishedBallot.of(b, codes)).toList();
    }

    private Campaign publicEdition(int year) {
        return campaigns.edition(year).map(CampaignOverview::campaign)
                .orElseThrow(() -> new NotFoundException("Aucune édition publiée pour l'année " + year));
    }
}
