package fr.budgetcitoyen.followup;

import fr.budgetcitoyen.shared.LedgerEntry;
import fr.budgetcitoyen.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;

/**
 * One payment of a grant, made by the département's paymaster: a date, an amount, a reference. Never
 * edited: a mistyped instalment is cancelled by a reversal ("contre-passation") that names it, with the
 * same date and amount, a reason, and who recorded it; both stay in the list.
 */
@Entity
@Table(name = "followup_instalment")
public class Instalment extends LedgerEntry {

    @Column(name = "grant_id", nullable = false)
    private Long grantId;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 14, scale = 2, nullable = false))
    private Money amount;

    protected Instalment() {
        // for JPA
    }

    /** Made by {@link FundedProject#pay}, which checks it. */
    Instalment(Long grantId, LocalDate paidOn, Money amount, String reference) {
        super(reference);
        this.grantId = grantId;
        this.paidOn = paidOn;
        this.amount = amount;
    }

    /** Made by {@link FundedProject#reverse}, which checks it. */
    static Instalment reversalOf(Instalment original, String reason) {
        Instalment reversal = new Instalment(original.grantId, original.paidOn, original.amount, null);
        reversal.cancels(original, reason);
        return reversal;
    }

    /** What was paid, net of the reversals among these instalments. */
    public static Money paid(List<Instalment> instalments) {
        return instalments.stream().map(Instalment::signedAmount).reduce(Money.ZERO, Money::plus);
    }

    /** The amount as it counts in what was paid: negative for a reversal. */
    public Money signedAmount() {
        return isReversal() ? Money.ZERO.minus(amount) : amount;
    }

    public long grantId() { return grantId; }

    public LocalDate paidOn() { return paidOn; }

    public Money amount() { return amount; }
}
