package fr.budgetcitoyen.web.vote;

import fr.budgetcitoyen.vote.UrnException;
import fr.budgetcitoyen.web.api.ErrorJson;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A ceremony step refused: 403 to whoever holds no key, 404 for an unknown edition, 409 for a step that
 * is not the pending one, 422 for a message the cryptography refused (with what it said).
 */
@Provider
public class UrnRefusalMapper implements ExceptionMapper<UrnException> {

    @Override
    public Response toResponse(UrnException refused) {
        int status = switch (refused.messageKey()) {
            case "urn.notHolder" -> 403;
            case "urn.unknownEdition", "urn.none" -> 404;
            case "urn.message.invalid", "urn.cert.duplicate" -> 422;
            default -> 409;
        };
        ResourceBundle bundle = ResourceBundle.getBundle("fr.budgetcitoyen.web.i18n.messages", Locale.FRENCH);
        String message = bundle.containsKey(refused.messageKey()) ? bundle.getString(refused.messageKey()) : refused.messageKey();
        if (refused.detail() != null) {
            message = message + " " + refused.detail();
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorJson(status, message)).build();
    }
}
