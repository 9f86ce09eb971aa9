package fr.budgetcitoyen.web.api;

import fr.budgetcitoyen.allocation.AllocationService;
import fr.budgetcitoyen.allocation.plan.AllocationPlan;
import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignOverview;
import fr.budgetcitoyen.campaign.CampaignService;

import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.followup.FollowUpService;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.vote.VoteService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
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

    @EJB
    private AllocationService allocations;

    @EJB
    private FollowUpService followUp;

    @EJB
    private fr.budgetcitoyen.vote.UrnBoard board;

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

    @GET
    @Path("{year: [0-9]{4}}/results")
    public ResultsJson.Results results(@PathParam("year") int year) {
        Campaign campaign = publicEdition(year);
        AllocationRun run = allocations.published(year)
                .orElseThrow(() -> new NotFoundException("Les résultats de " + year + " ne sont pas encore publiés"));
        Map<Long, String> titles = campaigns.projectsOf(campaign).stream().collect(Collectors.toMap(Project::id, Project::title));
        return ResultsJson.of(campaign, run, id -> titles.getOrDefault(id, ""));
    }

    /** The same grants as CSV (open-data schema in the README). */
    @GET
    @Path("{year: [0-9]{4}}/results.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response resultsCsv(@PathParam("year") int year) {
        return Response.ok(ResultsJson.csv(results(year)))
                .header("Content-Disposition", "attachment; filename=\"budget-citoyen-" + year + "-resultats.csv\"").build();
    }

    /** What the funded projects of an edition became, per territory (the impact dashboard as open data). */
    @GET
    @Path("{year: [0-9]{4}}/impact.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response impactCsv(@PathParam("year") int year) {
        if (!followUp.followedYears().contains(year)) {
            throw new NotFoundException("Aucun projet financé suivi pour l'année " + year);
        }
        return Response.ok(ImpactCsv.of(followUp.impact(year)))
                .header("Content-Disposition", "attachment; filename=\"budget-citoyen-" + year + "-impact.csv\"").build();
    }

    /** The same grants as a spreadsheet. */
    @GET
    @Path("{year: [0-9]{4}}/results.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response resultsXlsx(@PathParam("year") int year) {
        ResultsJson.Results results = results(year);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("rank", "project_id", "title", "category", "territory", "votes", "grant_eur"));
        results.grants().forEach(g -> rows.add(List.of(g.rank(), g.project(), g.title(), g.category(), g.territory(), g.votes(), g.grant())));
        return Response.ok(Spreadsheet.of("Résultats " + year, rows))
                .header("Content-Disposition", "attachment; filename=\"budget-citoyen-" + year + "-resultats.xlsx\"").build();
    }

    /** The procès-verbal for the Commission permanente: laureates, structures, amounts, rule, totals, hash. */
    @GET
    @Path("{year: [0-9]{4}}/results.pdf")
    @Produces("application/pdf")
    public Response resultsPdf(@PathParam("year") int year) {
        Campaign campaign = publicEdition(year);
        ResultsJson.Results results = results(year);
        Map<Long, Project> projects = campaigns.projectsOf(campaign).stream().collect(Collectors.toMap(Project::id, p -> p));
        String rule = ResourceBundle.getBundle("fr.budgetcitoyen.web.i18n.messages", Locale.FRENCH)
                .getString("allocation.method." + AllocationPlan.parse(results.rule()).method());
        return Response.ok(ProcesVerbal.of(campaign, results, projects, rule))
                .header("Content-Disposition", "attachment; filename=\"budget-citoyen-" + year + "-proces-verbal.pdf\"").build();
    }

    /** A category's published ballots as a pabulib file, once the vote is over. */
    @GET
    @Path("{year: [0-9]{4}}/ballots.pb")
    @Produces("text/plain; charset=UTF-8")
    public Response pabulib(@PathParam("year") int year, @QueryParam("category") String categoryCode) {
        Campaign campaign = publicEdition(year);
        Category category = campaign.category(categoryCode == null ? "" : categoryCode)
                .orElseThrow(() -> new NotFoundException("Catégorie inconnue : " + categoryCode));
        AllocationService.Inputs inputs = allocations.inputs(year)
                .orElseThrow(() -> new ForbiddenException("Les bulletins sont publiés à la clôture du vote"));
        return Response.ok(ResultsJson.pabulib(campaign, category, inputs, votes.publishedBallots(campaign)))
                .header("Content-Disposition", "attachment; filename=\"budget-citoyen-" + year + "-" + category.code() + ".pb\"").build();
    }

    private Campaign publicEdition(int year) {
        return campaigns.edition(year).map(CampaignOverview::campaign)
                .orElseThrow(() -> new NotFoundException("Aucune édition publiée pour l'année " + year));
    }
}
