package fr.budgetcitoyen.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns the API's refusals (404, 405, 415…) into JSON with a message in French. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e.getResponse().hasEntity()) {
            return e.getResponse(); // already written for the client (the body size limit's 413)
        }
        int status = e.getResponse().getStatus();
        String message = e.getMessage();
        // Our own refusals carry a French sentence; JAX-RS' own ("HTTP 404 Not Found", "RESTEASY…") do not.
        if (message == null || message.startsWith("RESTEASY") || message.matches("HTTP \\d{3} .*")) {
            message = standard(status);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorJson(status, message)).build();
    }

    private static String standard(int status) {
        return switch (status) {
            case 400 -> "Requête invalide.";
            case 401 -> "Connectez-vous d'abord : POST /api/sessions.";
            case 403 -> "Accès refusé.";
            case 404 -> "Ressource introuvable : voir GET /api/campaigns et la documentation (README).";
            case 405 -> "Méthode non autorisée à cette adresse.";
            case 406 -> "Réponse disponible en application/json seulement.";
            case 413 -> "Requête trop volumineuse.";
            case 415 -> "Type de contenu non pris en charge : envoyez application/json.";
            default -> Response.Status.Family.familyOf(status) == Response.Status.Family.SERVER_ERROR
                    ? "Erreur du serveur." : "Requête refusée (" + status + ").";
        };
    }
}
