package fr.budgetcitoyen.web.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.vote.UrnBoard;
import fr.budgetcitoyen.vote.VoteService;
import fr.budgetcitoyen.web.campaign.PublicEditions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The ballot of a public edition, {@code /api/campaigns/{year}/…}: its projects, the urn's board, the published ballots. */
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class BallotResource {

    @EJB private CampaignService campaigns;
    @EJB private VoteService votes;

    @EJB private UrnBoard board;
    @Inject private PublicEditions editions;

    /** The projects on the ballot of an edition (validated by the commission), without any vote count. */
    @GET
    @Path("{year: [0-9]{4}}/projects")
    public List<BallotJson.ProjectJson> ballotProjects(@PathParam("year") int year) {
        Campaign campaign = editions.byYear(year);
        return campaigns.projectsOf(campaign).stream().filter(Project::isOnBallot).map(BallotJson.ProjectJson::of).toList();
    }

    /** The anonymised ballots, published once the vote is over, so anyone can find theirs and recount. */
    @GET
    @Path("{year: [0-9]{4}}/ballots")
    public List<BallotJson.PublishedBallot> ballots(@PathParam("year") int year) {
        Campaign campaign = editions.byYear(year);
        Map<Long, String> codes = campaign.categories().stream().collect(Collectors.toMap(Category::id, Category::code));
        return votes.publishedBallots(campaign).stream().map(b -> BallotJson.PublishedBallot.of(b, codes)).toList();
    }

    /** The urn's public bulletin board, what {@code urn-tool verify} reads; 404 when the edition has no sealed urn. */
    @GET
    @Path("{year: [0-9]{4}}/board")
    public Response board(@PathParam("year") int year) {
        if (board.election(year).isEmpty()) {
            throw new NotFoundException("Aucune urne scellée pour " + year + ".");
        }
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            board.write(year, writer);
            writer.flush();
        };
        return Response.ok(body).type(MediaType.APPLICATION_JSON).build();
    }

    /** The exact serialisation of the sealed election a voter's page encrypts for: its bytes are what the fingerprint hashes. */
    @GET
    @Path("{year: [0-9]{4}}/election")
    public Response election(@PathParam("year") int year) {
        return Response.ok(board.election(year).orElseThrow(() -> new NotFoundException("Aucune urne scellée pour " + year + ".")))
                .type(MediaType.APPLICATION_JSON).build();
    }
}
