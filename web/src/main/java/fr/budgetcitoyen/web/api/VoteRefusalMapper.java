package fr.budgetcitoyen.web.api;

import fr.budgetcitoyen.vote.VoteRefusedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** A refused vote: 403 when the voter may not vote, 409 when already voted, 422 for a wrong choice. */
@Provider
public class VoteRefusalMapper implements ExceptionMapper<VoteRefusedException> {

    /** The refusal with its reasons as codes ({@code TOO_YOUNG}…) and the French text of each. */
    public record RefusalJson(int status, String message, List<String> reasons) {
    }

    @Override
    public Response toResponse(VoteRefusedException refused) {
        int status = switch (refused.kind()) {
            case NOT_ELIGIBLE, NOT_PUBLISHED_YET, URN_NOT_READY -> 403;
            case ALREADY_VOTED -> 409;
            case INVALID_CHOICE -> 422;
        };
        ResourceBundle bundle = ResourceBundle.getBundle("fr.budgetcitoyen.web.i18n.messages", Locale.FRENCH);
        String message = refused.messageKeys().stream().map(bundle::getString).collect(Collectors.joining(" "))
                + (refused.detail() == null ? "" : " " + refused.detail());
        List<String> reasons = refused.messageKeys().stream().map(k -> k.substring(k.lastIndexOf('.') + 1)).toList();
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new RefusalJson(status, message, reasons)).build();
    }
}
