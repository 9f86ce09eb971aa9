package fr.budgetcitoyen.partner;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An appointment slot of the "comptoir des fondations et de la finance solidaire": a funder publishes it,
 * one carrier books it (the database row is locked while booking, so two carriers cannot both get it),
 * the carrier may cancel it before it starts, which frees it for another.
 */
@Entity
@Table(name = "partner_slot")
public class Slot extends IdentifiedEntity {

    public static final int TOPIC_MAX = 1000;

    @Column(name = "partner_id", nullable = false)
    private Long partnerId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(name = "booked_by")
    private Long bookedBy;

    @Column(name = "booked_at")
    private Instant bookedAt;

    @Column(length = TOPIC_MAX)
    private String topic;

    @Version
    private long version;

    protected Slot() {
        // for JPA
    }

    /** A slot in the future, of 15 minutes to 3 hours, at a place (or "by video"). */
    public static Slot publish(Partner partner, LocalDateTime startsAt, Integer durationMinutes, String place, LocalDateTime now) {
        new InvalidFieldsException.Check()
                .require(startsAt != null, "startsAt", "slot.startsAt.required")
                .require(startsAt == null || startsAt.isAfter(now), "startsAt", "slot.startsAt.past")
                .require(durationMinutes != null && durationMinutes >= 15 && durationMinutes <= 180, "duration", "slot.duration.invalid")
                .text(place, 200, "place", "slot.place")
                .orThrow();
        Slot slot = new Slot();
        slot.partnerId = partner.id();
        slot.startsAt = startsAt;
        slot.durationMinutes = durationMinutes;
        slot.place = place.strip();
        return slot;
    }

    /** A carrier books a free slot that has not started, saying what they want to talk about. */
    public void book(long accountId, String topic, LocalDateTime now, Instant at) {
        new InvalidFieldsException.Check()
                .require(isFree(), "slot", "slot.taken")
                .require(startsAt.isAfter(now), "slot", "slot.started")
                .text(topic, TOPIC_MAX, "topic", "slot.topic")
                .orThrow();
        bookedBy = accountId;
        bookedAt = at;
        this.topic = topic.strip();
    }

    /** The carrier who booked it cancels it before it starts: it is free again. */
    public void cancel(long accountId, LocalDateTime now) {
        new InvalidFieldsException.Check()
                .require(Objects.equals(bookedBy, accountId), "slot", "slot.notYours")
                .require(startsAt.isAfter(now), "slot", "slot.started")
                .orThrow();
        bookedBy = null;
        bookedAt = null;
        topic = null;
    }

    public boolean isFree() {
        return bookedBy == null;
    }

    public boolean isBookedBy(long accountId) {
        return Objects.equals(bookedBy, accountId);
    }

    public long partnerId() { return partnerId; }

    public LocalDateTime startsAt() { return startsAt; }

    public int durationMinutes() { return durationMinutes; }

    public String place() { return place; }

    public Long bookedBy() { return bookedBy; }

    public String topic() { return topic; }
}
