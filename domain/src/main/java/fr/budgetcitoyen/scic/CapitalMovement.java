package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated entry of the département's capital account in a SCIC. Only what happened is typed (so many
 * shares subscribed or redeemed, so many euros paid up); every figure held is derived by
 * {@link CapitalAccount}, never typed twice. Entries are never edited: a mistake is cancelled by a
 * reversal ("contre-passation"), an entry of the same date and opposite effect that names the entry it
 * cancels, why, who made it and when; the account keeps both, so its history stays readable.
 */
@Entity
@Table(name = "scic_capital_movement")
public class CapitalMovement extends IdentifiedEntity {

    public static final int REASON_MAX = 500;

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

    /** The entry this one cancels (reversals only). */
    @Column(name = "reverses_id")
    private Long reverses;

    /** Why the entry it reverses was wrong (reversals only). */
    @Column(length = REASON_MAX)
    private String reason;

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

    /**
     * The contre-passation of a recorded entry: dated like it (the mistake never held), with its shares
     * or euros, so that it cancels exactly what the entry did; the reason is required.
     */
    public static CapitalMovement reversal(CapitalMovement original, String reason) {
        new InvalidFieldsException.Check().text(reason, REASON_MAX, "reason", "scic.reversal.reason").orThrow();
        return reversalOf(original, reason.strip());
    }

    /** The reversal an agent is about to confirm, before they give the reason: what it would do. */
    static CapitalMovement reversalOf(CapitalMovement original, String reason) {
        if (original.id() == null) {
            throw new IllegalArgumentException("Only a recorded entry is reversed");
        }
        CapitalMovement reversal = new CapitalMovement(original.scicId, original.date, MovementKind.REVERSAL, original.shares,
                original.paid, null);
        reversal.reverses = original.id();
        reversal.reason = reason;
        return reversal;
    }

    /** Who recorded the entry and when: set once, by the service, when the entry is accepted. */
    public void recordedBy(String who, Instant when) {
        this.recordedBy = Objects.requireNonNull(who, "who");
        this.recordedAt = Objects.requireNonNull(when, "when");
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

    public boolean isReversal() {
        return kind == MovementKind.REVERSAL;
    }

    /** The id of the entry this reversal cancels; null for any other entry. */
    public Long reverses() {
        return reverses;
    }

    public String reason() {
        return reason;
    }

    /** Shown in shares (a subscription, a redemption, or the reversal of one), otherwise in euros. */
    public boolean countsShares() {
        return kind.countsShares() || kind == MovementKind.REVERSAL && shares > 0;
    }

    /** One line for the audit log: "2026-05-04 SUBSCRIPTION 10 parts" or "… PAYMENT 200.00 EUR". */
    public String summary() {
        return date + " " + kind + " " + (countsShares() ? shares + " parts" : paid.toString())
                + (reference == null ? "" : " (" + reference + ")");
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
