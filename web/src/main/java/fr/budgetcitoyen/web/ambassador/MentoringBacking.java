package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.AmbassadorNetworkService;
import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.ambassador.MentoringRequest;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.PageIds;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.util.List;
import java.util.Optional;

/**
 * The "ask for help" form of an ambassador's page ({@code /ambassador?id=N}, the id posted back in a
 * hidden field): a signed-in resident asks; the page then says where their request stands.
 */
@Named
@RequestScoped
public class MentoringBacking {

    @EJB private AmbassadorNetworkService network;
    @EJB private AmbassadorService ambassadors;

    @Inject @Param(name = "id") private String id;

    private String message;

    /** The caller's latest request to this ambassador, if any. */
    public MentoringRequest getMine() {
        Optional<Long> ambassador = PageIds.parse(id);
        if (!Faces.isUserInRole("RESIDENT") || ambassador.isEmpty()) {
            return null;
        }
        List<MentoringRequest> mine = network.myRequests();
        return mine.stream().filter(r -> r.ambassadorId() == ambassador.get()).findFirst().orElse(null);
    }

    /** The page of the initiative the caller manages: nobody asks themself for help. */
    public boolean isOwn() {
        return Faces.isUserInRole("AMBASSADOR") && ambassadors.mine().map(a -> String.valueOf(a.id()).equals(id)).orElse(false);
    }

    public void ask() {
        Optional<Long> ambassador = PageIds.parse(id);
        if (ambassador.isEmpty()) { // a forged post: the page itself would have been a 404
            PageIds.notFound("Ambassadeur inconnu");
            return;
        }
        Refusals.attempt(() -> {
            network.ask(ambassador.get(), message);
            Messages.addGlobalInfo(Texts.get("mentoring.sent"));
            message = null;
        }, "mentoring");
    }

    public String getMessage() { return message; }

    public void setMessage(String message) { this.message = message; }
}
