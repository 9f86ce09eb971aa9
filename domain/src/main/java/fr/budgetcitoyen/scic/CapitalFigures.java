package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.Money;

import java.io.Serializable;

/**
 * The three figures of a capital account, as an agent sees them before confirming an entry: recording
 * it again checks they are still what was shown (another agent may have recorded something meanwhile).
 */
public record CapitalFigures(long shares, Money subscribed, Money paidUp) implements Serializable {

    public static final CapitalFigures NONE = new CapitalFigures(0, Money.ZERO, Money.ZERO);

    public Money unpaid() {
        return subscribed.minus(paidUp);
    }
}
