package fr.budgetcitoyen.research;

/** A download of the research data refused: the account has no grant, or its grant expired or was revoked. */
public class ResearchRefusedException extends RuntimeException {

    /** Why, as the page says it ({@code research.refused.<reason>}). */
    public enum Reason { NO_GRANT, EXPIRED, REVOKED }

    private final Reason reason;

    public ResearchRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() { return reason; }

    public String messageKey() {
        return "research.refused." + reason;
    }
}
