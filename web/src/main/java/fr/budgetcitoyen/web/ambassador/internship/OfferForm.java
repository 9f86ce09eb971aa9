package fr.budgetcitoyen.web.ambassador.internship;

import fr.budgetcitoyen.ambassador.internship.InternshipKind;
import fr.budgetcitoyen.ambassador.internship.InternshipOffer;
import fr.budgetcitoyen.ambassador.internship.OfferDetails;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.territory.CommuneChoice;
import org.omnifaces.util.Faces;

import java.io.Serializable;
import java.time.LocalDate;

/** The publish / edit form of an offer: what the ambassador typed, dates kept as typed so a slip is shown back. */
public class OfferForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long editing;
    private InternshipKind kind;
    private String title;
    private Theme topic;
    private CommuneChoice commune = new CommuneChoice();
    private String startsOn;
    private String endsOn;
    private String description;

    /** Fills the form with an offer to edit. */
    void edit(InternshipOffer offer, TerritoryService territories) {
        editing = offer.id();
        kind = offer.kind();
        title = offer.title();
        topic = offer.topic();
        commune = new CommuneChoice();
        territories.commune(offer.communeInseeCode()).ifPresent(commune::preselect);
        startsOn = offer.startsOn().toString();
        endsOn = offer.endsOn().toString();
        description = offer.description();
    }

    /** The details, or null when a date is unreadable (then its message is already next to its field). */
    OfferDetails details() {
        LocalDate start = Inputs.date(startsOn, "offer:startsOn", "internship.date.invalid");
        LocalDate end = Inputs.date(endsOn, "offer:endsOn", "internship.date.invalid");
        return Faces.isValidationFailed() ? null
                : new OfferDetails(kind, title, topic, commune.getInseeCode(), start, end, description);
    }

    void clear() {
        editing = null;
        kind = null;
        title = null;
        topic = null;
        commune = new CommuneChoice();
        startsOn = null;
        endsOn = null;
        description = null;
    }

    public Long getEditing() { return editing; }

    public InternshipKind getKind() { return kind; }

    public void setKind(InternshipKind kind) { this.kind = kind; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public Theme getTopic() { return topic; }

    public void setTopic(Theme topic) { this.topic = topic; }

    public CommuneChoice getCommune() { return commune; }

    public String getStartsOn() { return startsOn; }

    public void setStartsOn(String startsOn) { this.startsOn = startsOn; }

    public String getEndsOn() { return endsOn; }

    public void setEndsOn(String endsOn) { this.endsOn = endsOn; }

    public String getDescription() { return description; }

    public void setDescription(String description) { this.description = description; }
}
