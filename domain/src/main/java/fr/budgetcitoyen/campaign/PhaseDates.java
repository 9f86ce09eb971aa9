package fr.budgetcitoyen.campaign;

import java.time.LocalDate;

/** The dates an agent typed for a step; both empty means the campaign skips that step. */
public record PhaseDates(PhaseType type, LocalDate start, LocalDate end) {

    public boolean isEmpty() {
        return start == null && end == null;
    }
}
