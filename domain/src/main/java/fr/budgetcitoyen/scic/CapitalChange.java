package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.Money;

import java.util.Optional;

/**
 * What recording one entry gives, once every rule accepted it: the account before and after, the
 * position right after the entry (it may be back-dated), and the local authorities' share afterwards.
 * This is what the agent confirms before the entry is recorded.
 */
public record CapitalChange(CapitalMovement movement, CapitalAccount before, CapitalAccount after, Optional<LocalAuthorityShare> share) {

    /** The position right after the entry, on its date. */
    public CapitalPosition position() {
        return after.after(movement).orElseThrow();
    }

    /** What a redemption pays back: the paid-up part of the redeemed shares. */
    public Money repaid() {
        return position().repaid();
    }

    /** Whether later entries come after this one (a back-dated entry changes the positions after it). */
    public boolean backDated() {
        return after.history().get(after.history().size() - 1).movement() != movement;
    }
}
