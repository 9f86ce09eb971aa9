package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.AmbassadorNetworkService;
import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.ambassador.MentoringRequest;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.util.List;

/**
 * The "ask for help" form of an ambassador's page ({@code /ambassador?id=N}, the id posted back in a
 * hidden field): a signed-in resident asks; the page then says where their request stands.
 */
@Named
@RequestScoped
public class MentoringBacking {

    @EJB
    private AmbassadorNetworkService network;

    @EJB
    private AmbassadorService ambassadors;

    @Inject
    @Param(name = "id")
    private String id;

    private String message;

    /** The caller's latest request to this ambassador, if any. */
    public MentoringRequest getMine() {
        if (!Faces.isUserInRole("RESIDENT") || id == null || !id.matches("\\d{1,12}")) {
            return null;
        }
        long ambassador = Long.parseLong(id);
        List<MentoringRequest> mine = network.myRequests();
        return mine.stream().filter(r -> r.ambassadorId() == ambassador).findFirst().orElse(null);
    }

    /** The page of the initiative the caller manages: nobody asks themself for help. */
    public boolean isOwn() {
        return Faces.isUserInRole("AMBASSADOR") && ambassadors.mine().map(a -> String.valueOf(a.id()).equals(id)).orElse(false);
    }

    public void ask() {
        try {
            network.ask(Long.parseLong(id), message);
            Messages.addGlobalInfo(Texts.get("mentoring.sent"));
            message = null;
        } catch (InvalidFieldsException invalid) {
            Texts.show(invalid, "mentoring");
        }
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
