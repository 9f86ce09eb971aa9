package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.shared.Refusal;

/** An action attempted outside the step of the process that allows it: the server's calendar decides. */
public class PhaseClosedException extends IllegalStateException implements Refusal {

    private final PhaseType phase;

    public PhaseClosedException(Campaign campaign, PhaseType phase) {
        super(phase + " is not open in " + campaign + " ("
                + campaign.calendar().phase(phase).map(Object::toString).orElse("not scheduled") + ")");
        this.phase = phase;
    }

    public PhaseType phase() { return phase; }

    /** Bundle key of the French/English message: {@code phase.closed.IDEAS}… */
    @Override
    public String messageKey() {
        return "phase.closed." + phase;
    }
}
