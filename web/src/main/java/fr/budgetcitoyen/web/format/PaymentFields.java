package fr.budgetcitoyen.web.format;

import java.io.Serializable;

/**
 * A dated payment as an agent types it — its day, its amount in euros, its reference (a mandate, a deliberation) —
 * kept as text until the action reads it ({@link Inputs}): a grant's instalment, a SCIC's capital movement.
 */
public class PaymentFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String date;
    private String amount;
    private String reference;

    /** Emptied once recorded, for the next one. */
    public void clear() {
        date = null;
        amount = null;
        reference = null;
    }

    public String getDate() { return date; }

    public void setDate(String date) { this.date = date; }

    public String getAmount() { return amount; }

    public void setAmount(String amount) { this.amount = amount; }

    public String getReference() { return reference; }

    public void setReference(String reference) { this.reference = reference; }
}
