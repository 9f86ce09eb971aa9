package fr.budgetcitoyen.followup;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One payment of a grant, made by the département's paymaster: a date, an amount, a reference. Never
 * edited: a mistyped instalment is cancelled by a reversal ("contre-passation") that names it, with the
 * same date and amount, a reason, and who recorded it; both stay in the list.
 */
@Entity
@Table(name = "followup_instalment")
public class Instalment extends IdentifiedEntity {

    public static final int REASON_MAX = 500;

    @Column(name = "grant_id", nullable = false)
    private Long grantId;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 14, scale = 2, nullable = false))
    private Money amount;

    @Column(length = 120)
    private String reference;

    /** The instalment this one cancels (reversals only). */
    @Column(name = "reverses_id")
    private Long reverses;

    @Column(length = REASON_MAX)
    private String reason;

    /** Who recorded it, and when (unknown for instalments recorded before reversals existed). */
    @Column(name = "recorded_by", length = 254)
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Instalment() {
        // for JPA
    }

    /** Made by {@link FundedProject#pay}, which checks it. */
    Instalment(Long grantId, LocalDate paidOn, Money amount, String reference) {
        this.grantId = grantId;
        this.paidOn = paidOn;
        this.amount = amount;
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
    }

    /** Made by {@link FundedProject#reverse}, which checks it. */
    static Instalment reversalOf(Instalment original, String reason) {
        Instalment reversal = new Instalment(original.grantId, original.paidOn, original.amount, null);
        reversal.reverses = original.id();
        reversal.reason = reason;
        return reversal;
    }

    /** What was paid, net of the reversals among these instalments. */
    public static Money paid(List<Instalment> instalments) {
        return instalments.stream().map(Instalment::signedAmount).reduce(Money.ZERO, Money::plus);
    }

    /** Who recorded the instalment and when: set once, by the service. */
    public void recordedBy(String who, Instant when) {
        this.recordedBy = Objects.requireNonNull(who, "who");
        this.recordedAt = Objects.requireNonNull(when, "when");
    }

    public boolean isReversal() {
        return reverses != null;
    }

    /** The amount as it counts in what was paid: negative for a reversal. */
    public Money signedAmount() {
        return isReversal() ? Money.ZERO.minus(amount) : amount;
    }

    /** The id of the instalment this reversal cancels; null for a payment. */
    public Long reverses() {
        return reverses;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long grantId() {
        return grantId;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public Money amount() {
        return amount;
    }

    public String reference() {
        return reference;
    }
}
