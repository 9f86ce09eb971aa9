package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.Money;

import java.time.LocalDate;

/** What the département holds in a SCIC right after a movement (or on a day): derived, never typed. */
public record CapitalPosition(LocalDate date, CapitalMovement movement, long shares, Money subscribed, Money paidUp) {

    public Money unpaid() {
        return subscribed.minus(paidUp);
    }
}
