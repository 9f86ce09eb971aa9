package fr.budgetcitoyen.web.allocation;

import fr.budgetcitoyen.allocation.AllocationService;
import fr.budgetcitoyen.allocation.plan.AllocationPlan;
import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.vote.VoteService;
import fr.budgetcitoyen.web.campaign.PublicEditions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The published results of an edition, {@code /api/campaigns/{year}/results…}: JSON, CSV, XLSX, the procès-verbal, pabulib. */
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ResultsResource {

    @EJB private CampaignService campaigns;
    @EJB private VoteService votes;

    @EJB private AllocationService allocations;
    @Inject private PublicEditions editions;

    @GET
    @Path("{year: [0-9]{4}}/results")
    public ResultsJson.Results results(@PathParam("year") int year) {
        Campaign campaign = editions.byYear(year);
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

    /** The same grants as a spreadsheet. */
    @GET
    @Path("{year: [0-9]{4}}/results.xlsx")
    @Produces(ResultsSheet.MEDIA_TYPE)
    public Response resultsXlsx(@PathParam("year") int year) {
        return Response.ok(ResultsSheet.of(results(year)))
                .header("Content-Disposition", "attachment; filename=\"budget-citoyen-" + year + "-resultats.xlsx\"").build();
    }

    /** The procès-verbal for the Commission permanente: laureates, structures, amounts, rule, totals, hash. */
    @GET
    @Path("{year: [0-9]{4}}/results.pdf")
    @Produces("application/pdf")
    public Response resultsPdf(@PathParam("year") int year) {
        Campaign campaign = editions.byYear(year);
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
        Campaign campaign = editions.byYear(year);
        String codes = campaign.categories().stream().map(Category::code).collect(Collectors.joining(", "));
        if (categoryCode == null || categoryCode.isBlank()) {
            throw new BadRequestException("Précisez la catégorie : ?category=CODE, parmi " + codes + ".");
        }
        Category category = campaign.category(categoryCode.strip())
                .orElseThrow(() -> new NotFoundException("Catégorie inconnue : " + categoryCode.strip() + " ; les catégories de "
                        + year + " sont " + codes + "."));
        AllocationService.Inputs inputs = allocations.inputs(year)
                .orElseThrow(() -> new ForbiddenException("Les bulletins sont publiés à la clôture du vote"));
        return Response.ok(ResultsJson.pabulib(campaign, category, inputs, votes.publishedBallots(campaign)))
                .header("Content-Disposition", "attachment; filename=\"budget-citoyen-" + year + "-" + category.code() + ".pb\"").build();
    }
}
