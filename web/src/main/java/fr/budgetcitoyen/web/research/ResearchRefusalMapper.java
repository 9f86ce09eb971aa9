package fr.budgetcitoyen.web.research;

import fr.budgetcitoyen.research.ResearchRefusedException;
import fr.budgetcitoyen.web.api.ErrorJson;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.ResourceBundle;

/** No active research grant (none, expired, revoked): 403 with the page's own sentence, in French as the API speaks. */
@Provider
public class ResearchRefusalMapper implements ExceptionMapper<ResearchRefusedException> {

    @Override
    public Response toResponse(ResearchRefusedException refused) {
        return Response.status(403).type(MediaType.APPLICATION_JSON).entity(new ErrorJson(403,
                ResourceBundle.getBundle("fr.budgetcitoyen.web.i18n.messages", Locale.FRENCH).getString(refused.messageKey()))).build();
    }
}
