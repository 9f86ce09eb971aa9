package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A meeting of La Gang, the ambassadors' collective, to share experience with new carriers. */
@Entity
@Table(name = "gang_event")
public class GangEvent extends IdentifiedEntity {

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 160)
    private String title;

    @Column(nullable = false, length = 160)
    private String place;

    @Column(length = 2000)
    private String description;

    protected GangEvent() {
        // for JPA
    }

    public static GangEvent plan(LocalDate heldOn, String title, String place, String description) {
        new InvalidFieldsException.Check()
                .require(heldOn != null, "heldOn", "gang.heldOn.required")
                .text(title, 160, "title", "gang.title")
                .text(place, 160, "place", "gang.place")
                .require(description == null || description.strip().length() <= 2000, "description", "gang.description.tooLong")
                .orThrow();
        GangEvent event = new GangEvent();
        event.heldOn = heldOn;
        event.title = title.strip();
        event.place = place.strip();
        event.description = description == null || description.isBlank() ? null : description.strip();
        return event;
    }

    public LocalDate heldOn() { return heldOn; }

    public String title() { return title; }

    public String place() { return place; }

    public String description() { return description; }
}
