package fr.budgetcitoyen.web.ambassador.internship;

import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.ambassador.internship.InternshipOffer;
import fr.budgetcitoyen.ambassador.internship.InternshipRequest;
import fr.budgetcitoyen.ambassador.internship.InternshipService;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.DetailPage;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * An offer's page, {@code /internship?id=N} (the id posted back in a hidden field): everyone reads it; a signed-in
 * young person applies with a short message, then the page says where their request stands.
 */
@Named
@RequestScoped
public class InternshipBacking extends DetailPage<InternshipOffer> {

    @EJB private InternshipService internships;
    @EJB private AmbassadorService ambassadors;

    private InternshipRequest mine;
    private String message;

    public InternshipBacking() {
        super("Offre inconnue");
    }

    @Override
    protected Optional<InternshipOffer> find(long id) {
        return internships.offer(id);
    }

    @Override
    protected void found(InternshipOffer offer) {
        findMine();
    }

    private void findMine() {
        mine = Faces.isUserInRole("RESIDENT")
                ? internships.myRequests().stream().filter(r -> r.offerId() == shown().id()).findFirst().orElse(null) : null;
    }

    public void apply() {
        Refusals.attempt(() -> {
            internships.apply(shown().id(), message);
            Messages.addGlobalInfo(Texts.get("internship.sent"));
            message = null;
            findMine();
        }, "apply");
    }

    public InternshipOffer getOffer() {
        return shown();
    }

    /** The caller's request for this offer, if any. */
    public InternshipRequest getMine() { return mine; }

    /** An offer of the initiative the caller manages: nobody applies to their own. */
    public boolean isOwn() {
        return Faces.isUserInRole("AMBASSADOR") && ambassadors.mine().map(a -> a.id() == shown().ambassadorId()).orElse(false);
    }

    public boolean isTakingRequests() {
        return internships.takesRequests(shown());
    }

    public String getMessage() { return message; }

    public void setMessage(String message) { this.message = message; }
}
