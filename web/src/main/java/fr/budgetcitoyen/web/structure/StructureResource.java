package fr.budgetcitoyen.web.structure;

import fr.budgetcitoyen.structure.StructureService;
import fr.budgetcitoyen.web.territory.CommuneNames;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** The inventory of labelled structures as open data, {@code /api/structures.csv} (schema in the README). */
@Path("structures.csv")
@Produces("text/csv; charset=UTF-8")
@RequestScoped
public class StructureResource {

    @EJB private StructureService structures;
    @Inject private CommuneNames communes;

    @GET
    public Response csv() {
        return Response.ok(StructuresCsv.of(structures.inventory(), communes::of))
                .header("Content-Disposition", "attachment; filename=\"budget-citoyen-structures.csv\"").build();
    }
}
