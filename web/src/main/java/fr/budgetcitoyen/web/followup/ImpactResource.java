package fr.budgetcitoyen.web.followup;

import fr.budgetcitoyen.followup.FollowUpService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** What the funded projects of an edition became, per territory: the impact dashboard as open data. */
@Path("campaigns")
@RequestScoped
public class ImpactResource {

    @EJB private FollowUpService followUp;

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
}
