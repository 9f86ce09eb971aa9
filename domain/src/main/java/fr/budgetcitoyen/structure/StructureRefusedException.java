package fr.budgetcitoyen.structure;

import fr.budgetcitoyen.shared.Refusal;

/** A merge or split an agent asked for that the inventory refuses; the agent is told why. */
public class StructureRefusedException extends RuntimeException implements Refusal {

    /** Why: each has its message ({@code structure.refused.SAME}…). */
    public enum Reason { UNKNOWN, SAME, LAST_PROJECT }

    private final Reason reason;

    public StructureRefusedException(Reason reason) {
        super("Refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() { return reason; }

    @Override
    public String messageKey() {
        return "structure.refused." + reason;
    }
}
