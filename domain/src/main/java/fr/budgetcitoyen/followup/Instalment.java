package fr.budgetcitoyen.followup;

import fr.budgetcitoyen.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One payment of a grant, made by the département's paymaster: a date, an amount, a reference. */
@Entity
@Table(name = "followup_instalment")
public class Instalment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "grant_id", nullable = false)
    private Long grantId;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 14, scale = 2, nullable = false))
    private Money amount;

    @Column(length = 120)
    private String reference;

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

    public Long id() {
        return id;
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
