package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.AmbassadorNetworkService;
import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.ambassador.GangEvent;
import fr.budgetcitoyen.ambassador.MentoringRequest;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** La Gang's meetings (listed on the directory, planned here) and the mentoring requests still unanswered. */
@Named
@RequestScoped
public class GangBacking {

    @EJB private AmbassadorNetworkService network;
    @EJB private AmbassadorService ambassadors;

    private List<MentoringRequest> openRequests;
    private Map<Long, String> ambassadorNames;
    private String heldOn;
    private String title;
    private String place;
    private String description;

    public List<GangEvent> getEvents() {
        return network.upcomingEvents();
    }

    public List<MentoringRequest> getOpenRequests() {
        if (openRequests == null) {
            openRequests = network.openRequests();
        }
        return openRequests;
    }

    /** The names of the list's ambassadors are read once, not once per line. */
    public String ambassadorName(MentoringRequest request) {
        if (ambassadorNames == null) {
            ambassadorNames = ambassadors.names(getOpenRequests().stream().map(MentoringRequest::ambassadorId).distinct().toList());
        }
        return ambassadorNames.getOrDefault(request.ambassadorId(), "");
    }

    public void plan() {
        LocalDate day = Inputs.date(heldOn, "gang:heldOn", "gang.heldOn.invalid");
        if (Faces.isValidationFailed()) {
            return;
        }
        Refusals.attempt(() -> {
            network.plan(day, title, place, description);
            Messages.addGlobalInfo(Texts.get("gang.planned"));
            heldOn = null;
            title = null;
            place = null;
            description = null;
        }, "gang");
    }

    public String getHeldOn() { return heldOn; }

    public void setHeldOn(String heldOn) { this.heldOn = heldOn; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public String getPlace() { return place; }

    public void setPlace(String place) { this.place = place; }

    public String getDescription() { return description; }

    public void setDescription(String description) { this.description = description; }
}
