package fr.budgetcitoyen.web.security;

import fr.budgetcitoyen.web.api.ErrorJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.time.Instant;

/**
 * Signing in for API clients: {@code POST /api/sessions} with {@code {"email", "password"}} answers with
 * the session cookie the other calls then send; {@code DELETE} signs out. Same throttling as the page.
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SessionResource {

    public record Credentials(String email, String password) {
    }

    @Inject private PasswordSignIn signIn;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(Credentials credentials) {
        if (credentials == null) {
            throw new BadRequestException("Corps JSON attendu : {\"email\": …, \"password\": …}");
        }
        PasswordSignIn.Result result = signIn.signIn(request, response, credentials.email(), credentials.password());
        return switch (result.outcome()) {
            case SIGNED_IN -> Response.noContent().build();
            case THROTTLED -> Response.status(429)
                    .header("Retry-After", Math.max(1, Duration.between(Instant.now(), result.blockedUntil().orElseThrow()).toSeconds()))
                    .entity(new ErrorJson(429, "Trop de tentatives : réessayez plus tard.")).build();
            default -> Response.status(401).entity(new ErrorJson(401, "Adresse e-mail ou mot de passe incorrect.")).build();
        };
    }

    @DELETE
    public Response signOut() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }
}
