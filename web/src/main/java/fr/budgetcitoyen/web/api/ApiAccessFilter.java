package fr.budgetcitoyen.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who may call what, for the API: {@code @RolesAllowed} on a resource or one of its methods. A caller who is not
 * signed in gets a JSON 401 and one without the role a JSON 403 — the pages' constraints (web.xml) would answer a
 * redirect to the login page and an HTML 403, which no API client can read. The session comes from
 * {@code POST /api/sessions} or the portal's login; the EJB services check the roles again.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAccessFilter implements ContainerRequestFilter {

    static final String SIGN_IN_FIRST = "Connectez-vous d'abord : POST /api/sessions.";

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String[]> roles = Optional.ofNullable(resource.getResourceMethod())
                .map(m -> m.getAnnotation(RolesAllowed.class))
                .or(() -> Optional.ofNullable(resource.getResourceClass()).map(c -> c.getAnnotation(RolesAllowed.class)))
                .map(RolesAllowed::value);
        if (roles.isEmpty()) {
            return;
        }
        SecurityContext caller = request.getSecurityContext();
        if (caller.getUserPrincipal() == null) {
            request.abortWith(refusal(401, SIGN_IN_FIRST).header(HttpHeaders.WWW_AUTHENTICATE, "FormSession").build());
        } else if (Arrays.stream(roles.get()).noneMatch(caller::isUserInRole)) {
            request.abortWith(refusal(403, "Accès refusé : votre compte n'a pas le rôle que demande cette adresse.").build());
        }
    }

    private static Response.ResponseBuilder refusal(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorJson(status, message));
    }
}
