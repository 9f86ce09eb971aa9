package fr.budgetcitoyen.web.account;

import fr.budgetcitoyen.web.api.ApiAccessFilter;
import jakarta.annotation.security.RolesAllowed;
import fr.budgetcitoyen.account.PersonalData;
import fr.budgetcitoyen.account.PersonalDataService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The signed-in person's own data (signed in: {@link ApiAccessFilter}): everything the platform holds, as JSON. */
@Path("me")
@RolesAllowed("RESIDENT")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MeResource {

    @EJB private PersonalDataService personalData;
    @Inject private SecurityContext security;

    @GET
    @Path("data")
    public Response download() {
        PersonalData data = personalData.export(security.getCallerPrincipal().getName());
        return Response.ok(data).header("Content-Disposition", "attachment; filename=\"budget-citoyen-mes-donnees.json\"")
                .build();
    }
}
