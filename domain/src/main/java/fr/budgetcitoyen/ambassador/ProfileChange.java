package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Stamp;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A change an ambassador proposes to their public profile: nothing is published until an agent approves
 * it, after reading it field by field next to what is online.
 */
@Entity
@Table(name = "ambassador_change")
public class ProfileChange extends IdentifiedEntity {

    public enum Status { PENDING, APPROVED, REJECTED, WITHDRAWN }

    /** One field that would change: its name (a bundle key suffix), what is online, what is proposed. */
    public record Difference(String field, String online, String proposed) {
    }

    @Column(name = "ambassador_id", nullable = false)
    private Long ambassadorId;

    @Embedded
    private AmbassadorProfile proposed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "submitted_by", length = 254, nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "submitted_at", nullable = false))
    private Stamp submitted;

    @Column(name = "reviewed_by", length = 254)
    private String reviewedBy;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    protected ProfileChange() {
        // for JPA
    }

    public static ProfileChange propose(Ambassador ambassador, AmbassadorProfile proposed, String by, Instant at) {
        AmbassadorProfile checked = proposed.checked();
        ProfileChange change = new ProfileChange();
        change.ambassadorId = Objects.requireNonNull(ambassador.id(), "ambassador");
        change.proposed = checked;
        change.submitted = new Stamp(by, at);
        return change;
    }

    public AmbassadorProfile proposed() { return proposed; }

    /** The fields that differ from the online profile, for the side-by-side review. */
    public List<Difference> differencesFrom(Ambassador online) {
        AmbassadorProfile now = online.profile();
        List<Difference> differences = new ArrayList<>();
        compare(differences, "name", now.name(), proposed.name());
        compare(differences, "theme", String.valueOf(now.theme()), String.valueOf(proposed.theme()));
        compare(differences, "description", now.description(), proposed.description());
        compare(differences, "website", now.website(), proposed.website());
        compare(differences, "contactEmail", now.contactEmail(), proposed.contactEmail());
        compare(differences, "contactPublic", String.valueOf(now.contactPublic()), String.valueOf(proposed.contactPublic()));
        return differences;
    }

    private static void compare(List<Difference> differences, String field, String online, String proposed) {
        if (!Objects.equals(online, proposed)) {
            differences.add(new Difference(field, online, proposed));
        }
    }

    public void approve(Ambassador ambassador, String by) {
        requirePending();
        if (!ambassador.id().equals(ambassadorId)) {
            throw new IllegalArgumentException("Change " + id() + " is not for ambassador " + ambassador.id());
        }
        ambassador.publish(proposed());
        status = Status.APPROVED;
        reviewedBy = by;
    }

    public void reject(String reason, String by) {
        requirePending();
        new InvalidFieldsException.Check().text(reason, 1000, "reason", "ambassador.reason").orThrow();
        status = Status.REJECTED;
        rejectionReason = reason.strip();
        reviewedBy = by;
    }

    /** A newer proposal replaces a pending one. */
    public void withdraw() {
        requirePending();
        status = Status.WITHDRAWN;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Change " + id() + " was already " + status);
        }
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public Long ambassadorId() { return ambassadorId; }

    public Status status() { return status; }

    public Stamp submitted() { return submitted; }

    public String rejectionReason() { return rejectionReason; }
}
