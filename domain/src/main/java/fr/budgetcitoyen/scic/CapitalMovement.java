package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated entry of the département's capital account in a SCIC. Only what happened is typed (so many
 * shares subscribed or redeemed, so many euros paid up); every figure held is derived by
 * {@link CapitalAccount}, never typed twice. Entries are never edited: a mistake is corrected by another
 * entry, so the account keeps its history.
 */
@Entity
@Table(name = "scic_capital_movement")
public class CapitalMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scic_id", nullable = false)
    private Long scicId;

    @Column(name = "movement_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MovementKind kind;

    @Column(nullable = false)
    private long shares;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "paid_amount", precision = 14, scale = 2, nullable = false))
    private Money paid;

    @Column(length = 120)
    private String reference;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CapitalMovement() {
        // for JPA
    }

    private CapitalMovement(long scicId, LocalDate date, MovementKind kind, long shares, Money paid, String reference) {
        this.scicId = scicId;
        this.date = date;
        this.kind = kind;
        this.shares = shares;
        this.paid = paid;
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
    }

    public static CapitalMovement subscription(long scicId, LocalDate date, long shares, String reference) {
        return new CapitalMovement(scicId, date, MovementKind.SUBSCRIPTION, shares, Money.ZERO, reference);
    }

    public static CapitalMovement payment(long scicId, LocalDate date, Money amount, String reference) {
        return new CapitalMovement(scicId, date, MovementKind.PAYMENT, 0, Objects.requireNonNull(amount, "amount"), reference);
    }

    public static CapitalMovement redemption(long scicId, LocalDate date, long shares, String reference) {
        return new CapitalMovement(scicId, date, MovementKind.REDEMPTION, shares, Money.ZERO, reference);
    }

    /** Who recorded the entry and when: set once, by the service, when the entry is accepted. */
    public void recordedBy(String who, Instant when) {
        this.recordedBy = Objects.requireNonNull(who, "who");
        this.recordedAt = Objects.requireNonNull(when, "when");
    }

    public Long id() {
        return id;
    }

    public long scicId() {
        return scicId;
    }

    public LocalDate date() {
        return date;
    }

    public MovementKind kind() {
        return kind;
    }

    public long shares() {
        return shares;
    }

    public Money paid() {
        return paid;
    }

    public String reference() {
        return reference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
