package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.CapitalMovement;
import fr.budgetcitoyen.scic.MovementKind;
import fr.budgetcitoyen.shared.Money;

import java.io.Serializable;
import java.time.LocalDate;

/** A capital movement as typed: shares for a subscription or a redemption, euros for a payment. */
public class MovementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    MovementKind kind;
    String date;
    String shares;
    String amount;
    String reference;

    CapitalMovement toMovement(long scicId, LocalDate day, Integer shareCount, Money paid) {
        long count = shareCount == null ? 0 : shareCount;
        return switch (kind) {
            case SUBSCRIPTION -> CapitalMovement.subscription(scicId, day, count, reference);
            case PAYMENT -> CapitalMovement.payment(scicId, day, paid == null ? Money.ZERO : paid, reference);
            case REDEMPTION -> CapitalMovement.redemption(scicId, day, count, reference);
            case REVERSAL -> throw new IllegalArgumentException("A reversal is made from the entry it cancels");
        };
    }

    void clear() {
        date = null;
        shares = null;
        amount = null;
        reference = null;
    }

    public MovementKind getKind() {
        return kind;
    }

    public void setKind(MovementKind kind) {
        this.kind = kind;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getShares() {
        return shares;
    }

    public void setShares(String shares) {
        this.shares = shares;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
