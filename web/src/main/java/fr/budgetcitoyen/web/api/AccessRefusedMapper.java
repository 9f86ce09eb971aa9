package fr.budgetcitoyen.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service call the caller's roles do not allow: 403 in French, not an incident. */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException refused) {
        return Response.status(403).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorJson(403, "Cette action est réservée aux agents de la Mission ESS.")).build();
    }
}
