package fr.budgetcitoyen.web.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON expected is the client's mistake: 400, no stack trace in the log. */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        // A body cut by the size limit while it was being parsed (chunked, no length) is too large, not malformed.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException refused && refused.getResponse().hasEntity()) {
                return refused.getResponse();
            }
        }
        return Response.status(400).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorJson(400, "Corps de requête illisible : JSON attendu.")).build();
    }
}
