package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.CapitalMovement;
import fr.budgetcitoyen.scic.MovementKind;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.web.format.PaymentFields;

import java.time.LocalDate;

/** A capital movement as typed: shares for a subscription or a redemption, euros for a payment. */
public class MovementForm extends PaymentFields {

    private static final long serialVersionUID = 1L;

    MovementKind kind;
    String shares;

    CapitalMovement toMovement(long scicId, LocalDate day, Integer shareCount, Money paid) {
        long count = shareCount == null ? 0 : shareCount;
        return switch (kind) {
            case SUBSCRIPTION -> CapitalMovement.subscription(scicId, day, count, getReference());
            case PAYMENT -> CapitalMovement.payment(scicId, day, paid == null ? Money.ZERO : paid, getReference());
            case REDEMPTION -> CapitalMovement.redemption(scicId, day, count, getReference());
            case REVERSAL -> throw new IllegalArgumentException("A reversal is made from the entry it cancels");
        };
    }

    @Override
    public void clear() {
        super.clear();
        shares = null;
    }

    public MovementKind getKind() { return kind; }

    public void setKind(MovementKind kind) { this.kind = kind; }

    public String getShares() { return shares; }

    public void setShares(String shares) { this.shares = shares; }
}
