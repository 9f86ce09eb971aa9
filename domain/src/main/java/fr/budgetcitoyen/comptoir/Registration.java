package fr.budgetcitoyen.comptoir;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A resident's registration to a comptoir session; part of the session's aggregate. */
@Entity
@Table(name = "comptoir_registration")
public class Registration extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private ComptoirSession session;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    /** The idea the resident brings to be coached, if any. */
    @Column(name = "idea_id")
    private Long ideaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    /** Rank on the waiting list: the earliest registration is promoted first. */
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    /** Null until the host records attendance. */
    private Boolean attended;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Registration() {
        // for JPA
    }

    Registration(ComptoirSession session, long accountId) {
        this.session = session;
        this.accountId = accountId;
    }

    void activate(RegistrationStatus status, Long ideaId, Instant now) {
        this.status = status;
        this.ideaId = ideaId;
        this.registeredAt = now;
        this.attended = null;
        this.remindedAt = null;
    }

    void cancel() {
        status = RegistrationStatus.CANCELLED;
    }

    void promote() {
        status = RegistrationStatus.CONFIRMED;
    }

    void markAttendance(boolean present) {
        attended = present;
    }

    void markReminded(Instant now) {
        remindedAt = now;
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    public boolean isConfirmed() {
        return status == RegistrationStatus.CONFIRMED;
    }

    public boolean isWaiting() {
        return status == RegistrationStatus.WAITING;
    }

    public boolean hasAttended() {
        return Boolean.TRUE.equals(attended);
    }

    public ComptoirSession session() { return session; }

    public Long accountId() { return accountId; }

    public Long ideaId() { return ideaId; }

    public RegistrationStatus status() { return status; }

    public Instant registeredAt() { return registeredAt; }

    public Boolean attended() { return attended; }

    public Instant remindedAt() { return remindedAt; }
}
