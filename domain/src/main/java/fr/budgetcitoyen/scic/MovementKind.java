package fr.budgetcitoyen.scic;

/**
 * What happens to the département's shares in a SCIC: it subscribes shares (at the SCIC's nominal
 * value), pays up part or all of what it subscribed, or has shares redeemed (repaid at nominal value).
 * A reversal ("contre-passation") cancels one of those entries by its opposite, without editing it.
 */
public enum MovementKind {
    SUBSCRIPTION,
    PAYMENT,
    REDEMPTION,
    REVERSAL;

    /** Subscriptions and redemptions count shares; a payment counts euros; a reversal counts what it cancels. */
    public boolean countsShares() {
        return this == SUBSCRIPTION || this == REDEMPTION;
    }

    /** What an agent types: everything but a reversal, which is made from the entry it cancels. */
    public boolean isTyped() {
        return this != REVERSAL;
    }
}
