package fr.budgetcitoyen.web.vote;

import fr.budgetcitoyen.vote.Ineligibility;
import fr.budgetcitoyen.vote.VoteRefusedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** A refused vote: 403 when the voter may not vote, 409 when already voted, 422 for a wrong choice. */
@Provider
public class VoteRefusalMapper implements ExceptionMapper<VoteRefusedException> {

    /**
     * The refusal with its reasons as codes ({@code TOO_YOUNG}…), the French text, and for each reason the
     * resident can fix, the portal page where to fix it ({@code COMMUNE_MISSING} → {@code /complete-profile}).
     */
    public record RefusalJson(int status, String message, List<String> reasons, Map<String, WayOut> wayOut) {
    }

    /** Where and how: {@code {"href": "/complete-profile", "label": "Complétez votre profil"}}. */
    public record WayOut(String href, String label) {
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
        Map<String, WayOut> wayOut = new LinkedHashMap<>();
        for (String reason : reasons) {
            Arrays.stream(Ineligibility.values()).filter(i -> i.name().equals(reason)).findFirst()
                    .flatMap(i -> i.wayOut().map(href -> new WayOut(href, bundle.getString(i.wayOutKey()))))
                    .ifPresent(way -> wayOut.put(reason, way));
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new RefusalJson(status, message, reasons, wayOut)).build();
    }
}
