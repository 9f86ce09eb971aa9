package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.Money;

import java.time.LocalDate;

/**
 * What the département holds in a SCIC right after a movement (or on a day): derived, never typed.
 * {@code repaid} is what a redemption paid back (the paid-up part of the redeemed shares), zero otherwise.
 */
public record CapitalPosition(LocalDate date, CapitalMovement movement, long shares, Money subscribed, Money paidUp, Money repaid) {

    public Money unpaid() {
        return subscribed.minus(paidUp);
    }

    public CapitalFigures figures() {
        return new CapitalFigures(shares, subscribed, paidUp);
    }
}
