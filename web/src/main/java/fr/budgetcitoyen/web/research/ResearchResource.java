package fr.budgetcitoyen.web.research;

import fr.budgetcitoyen.research.Dataset;
import fr.budgetcitoyen.research.ResearchAccess;
import fr.budgetcitoyen.research.ResearchExport;
import fr.budgetcitoyen.research.ResearchGrant;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.web.api.ErrorJson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

/**
 * The research data for partner researchers: signed in, then an active grant ({@link ResearchRefusalMapper}: 403
 * without). Agents grant and revoke here too, as on {@code /admin/research}.
 */
@Path("research")
@RolesAllowed("RESIDENT")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ResearchResource {

    @EJB private ResearchExport export;
    @EJB private ResearchAccess access;

    @GET
    @Path("projects.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response projects() {
        return csv(Dataset.PROJECTS, ResearchCsv.projects(export.projects()));
    }

    @GET
    @Path("turnout.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response turnout() {
        return csv(Dataset.TURNOUT, ResearchCsv.turnout(export.turnout()));
    }

    /** {@code {"email", "purpose", "expiresOn": "2027-06-30"}}: 201, or 422 naming each refused field. */
    @POST
    @Path("grants")
    @RolesAllowed({"AGENT", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(JsonObject body) {
        try {
            ResearchGrant grant = access.grant(body.getString("email", null), body.getString("purpose", null),
                    date(body.getString("expiresOn", null)));
            return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("id", grant.id())
                    .add("expiresOn", grant.expiresOn().toString()).build()).build();
        } catch (InvalidFieldsException invalid) {
            return Response.status(422).entity(new ErrorJson(422, "Accès refusé par ses règles : " + invalid.problems().stream()
                    .map(p -> p.field() + " (" + p.key() + ")").collect(Collectors.joining(", ")))).build();
        }
    }

    @POST
    @Path("grants/{id: [0-9]+}/revocation")
    @RolesAllowed({"AGENT", "ADMIN"})
    public Response revoke(@PathParam("id") long id) {
        if (!access.revoke(id)) {
            throw new NotFoundException("Aucun accès aux données de recherche n° " + id + ".");
        }
        return Response.noContent().build();
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static Response csv(Dataset dataset, String body) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + dataset.fileName() + "\"").build();
    }
}
