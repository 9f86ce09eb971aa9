package fr.budgetcitoyen.web.ambassador.internship;

import fr.budgetcitoyen.ambassador.ReceivedRequest;
import fr.budgetcitoyen.ambassador.internship.InternshipKind;
import fr.budgetcitoyen.ambassador.internship.InternshipOffer;
import fr.budgetcitoyen.ambassador.internship.InternshipRequest;
import fr.budgetcitoyen.ambassador.internship.InternshipService;
import fr.budgetcitoyen.ambassador.internship.OfferDetails;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.web.ambassador.RequestAnswers;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The internships part of {@code /my-ambassador}: the ambassador publishes, edits and closes their offers, and
 * accepts or declines the requests young people send.
 */
@Named
@ViewScoped
public class MyInternshipsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private InternshipService internships;
    @Inject private TerritoryService territories;

    private final OfferForm form = new OfferForm();
    private final RequestAnswers answers = new RequestAnswers();

    public void findCommunes() {
        form.getCommune().find(territories);
    }

    /** Publishes a new offer, or saves the one being edited. */
    public void save() {
        OfferDetails details = form.details();
        if (details == null) {
            return;
        }
        Refusals.attempt(() -> {
            if (form.getEditing() == null) {
                internships.publish(details);
            } else {
                internships.edit(form.getEditing(), details);
            }
            Messages.addGlobalInfo(Texts.get(form.getEditing() == null ? "internship.published" : "internship.saved"));
            form.clear();
        }, "offer");
    }

    public void edit(InternshipOffer offer) {
        form.edit(offer, territories);
    }

    public void cancel() {
        form.clear();
    }

    public void close(InternshipOffer offer) {
        internships.close(offer.id());
        Messages.addGlobalInfo(Texts.format("internship.closedDone", offer.title()));
        if (offer.id().equals(form.getEditing())) {
            form.clear();
        }
    }

    public List<InternshipOffer> getOffers() {
        return internships.myOffers();
    }

    /** Each request with who applied and for which offer, read together. */
    public List<ReceivedRequest<InternshipRequest>> getRequests() {
        return internships.requestsToMe();
    }

    public void accept(InternshipRequest request) {
        answers.accept(request, internships::accept);
    }

    public void decline(InternshipRequest request) {
        answers.decline(request, internships::decline);
    }

    public OfferForm getForm() { return form; }

    /** The word typed for each request, by its id. */
    public Map<Long, String> getAnswers() { return answers.getWords(); }

    public InternshipKind[] getKinds() {
        return InternshipKind.values();
    }

    public Theme[] getTopics() {
        return Theme.values();
    }
}
