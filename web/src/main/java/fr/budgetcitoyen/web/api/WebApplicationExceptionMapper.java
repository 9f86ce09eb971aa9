package fr.budgetcitoyen.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns the API's refusals (404, 405, 415…) into JSON with a readable message. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String message = e.getMessage() != null && !e.getMessage().startsWith("RESTEASY")
                ? e.getMessage() : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorJson(status, message)).build();
    }
}
