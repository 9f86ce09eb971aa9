package fr.budgetcitoyen.cdess;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A meeting of the CDESS (plenary, or one atelier's): announced with its agenda; once held, its minutes
 * are recorded and published with it.
 */
@Entity
@Table(name = "cdess_meeting")
public class CdessMeeting extends IdentifiedEntity {

    public static final int TEXT_MAX = 4000;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "atelier_id")
    private Long atelierId;

    @Column(nullable = false, length = TEXT_MAX)
    private String agenda;

    @Column(length = TEXT_MAX)
    private String minutes;

    protected CdessMeeting() {
        // for JPA
    }

    /** A meeting of the whole council ({@code atelierId} null) or of one atelier. */
    public static CdessMeeting convene(LocalDate heldOn, Long atelierId, String agenda) {
        new InvalidFieldsException.Check()
                .require(heldOn != null, "heldOn", "cdess.meeting.heldOn.required")
                .text(agenda, TEXT_MAX, "agenda", "cdess.meeting.agenda")
                .orThrow();
        CdessMeeting meeting = new CdessMeeting();
        meeting.heldOn = heldOn;
        meeting.atelierId = atelierId;
        meeting.agenda = agenda.strip();
        return meeting;
    }

    /** The minutes, once the meeting was held (not before). */
    public void recordMinutes(String text, LocalDate today) {
        new InvalidFieldsException.Check()
                .require(!heldOn.isAfter(today), "minutes", "cdess.meeting.minutes.notYet")
                .text(text, TEXT_MAX, "minutes", "cdess.meeting.minutes")
                .orThrow();
        minutes = text.strip();
    }

    public boolean isHeldBy(LocalDate today) {
        return !heldOn.isAfter(today);
    }

    public LocalDate heldOn() { return heldOn; }

    public Long atelierId() { return atelierId; }

    public String agenda() { return agenda; }

    public String minutes() { return minutes; }
}
