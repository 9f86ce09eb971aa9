package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.LedgerEntry;
import fr.budgetcitoyen.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

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
public class CapitalMovement extends LedgerEntry {

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

    protected CapitalMovement() {
        // for JPA
    }

    private CapitalMovement(long scicId, LocalDate date, MovementKind kind, long shares, Money paid, String reference) {
        super(reference);
        this.scicId = scicId;
        this.date = date;
        this.kind = kind;
        this.shares = shares;
        this.paid = paid;
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
        reversal.cancels(original, reason);
        return reversal;
    }

    public long scicId() { return scicId; }

    public LocalDate date() { return date; }

    public MovementKind kind() { return kind; }

    public long shares() { return shares; }

    public Money paid() { return paid; }

    @Override
    public boolean isReversal() {
        return kind == MovementKind.REVERSAL;
    }

    /** Shown in shares (a subscription, a redemption, or the reversal of one), otherwise in euros. */
    public boolean countsShares() {
        return kind.countsShares() || kind == MovementKind.REVERSAL && shares > 0;
    }

    /** One line for the audit log: "2026-05-04 SUBSCRIPTION 10 parts" or "… PAYMENT 200.00 EUR". */
    public String summary() {
        return date + " " + kind + " " + (countsShares() ? shares + " parts" : paid.toString())
                + (reference() == null ? "" : " (" + reference() + ")");
    }
}
