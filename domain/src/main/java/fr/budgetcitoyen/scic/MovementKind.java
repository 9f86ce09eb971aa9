package fr.budgetcitoyen.scic;

/**
 * What happens to the département's shares in a SCIC: it subscribes shares (at the SCIC's nominal
 * value), pays up part or all of what it subscribed, or has shares redeemed (repaid at nominal value).
 */
public enum MovementKind {
    SUBSCRIPTION,
    PAYMENT,
    REDEMPTION;

    /** Subscriptions and redemptions count shares; a payment counts euros. */
    public boolean countsShares() {
        return this != PAYMENT;
    }
}
