package fr.budgetcitoyen.web.api;

import fr.budgetcitoyen.web.platform.DatabaseOutage;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bug answers 500 with an incident number; the stack trace goes to the log, never to the client. The
 * database out of reach (a restart, a failover) is not a bug: 503 with {@code Retry-After}, in French.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
        if (DatabaseOutage.causes(e)) {
            LOG.warning(() -> "Database out of reach, answered 503: " + e);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                    .type(MediaType.APPLICATION_JSON).entity(new ErrorJson(503, "Service momentanément indisponible :"
                            + " la base de données ne répond pas. Réessayez dans quelques secondes.")).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API incident " + incident, e);
        return Response.serverError().type(MediaType.APPLICATION_JSON)
                .entity(new ErrorJson(500, "Erreur interne, incident " + incident)).build();
    }
}
