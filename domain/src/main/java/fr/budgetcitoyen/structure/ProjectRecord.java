package fr.budgetcitoyen.structure;

import fr.budgetcitoyen.followup.StatusReport;
import fr.budgetcitoyen.project.ProjectStatus;
import fr.budgetcitoyen.shared.Money;

import java.util.Optional;

/**
 * One project of a structure with what became of it: its status, its grant and what was paid of it (none when
 * it was not funded), and its carrier's latest yearly report (none when not reported).
 */
public record ProjectRecord(CarriedProject carried, String title, ProjectStatus status, Money granted, Money paid,
                            StatusReport latestReport) {

    /** The furthest step of the ladder the project reached. */
    public Fate fate() {
        if (paid != null && !paid.isZero()) {
            return Fate.PAID;
        }
        if (granted != null) {
            return Fate.FUNDED;
        }
        return status == ProjectStatus.VALIDATED ? Fate.ON_BALLOT : Fate.LABELLED;
    }

    /** Still active, no longer, or unknown (no report). */
    public Optional<Boolean> active() {
        return Optional.ofNullable(latestReport).map(StatusReport::active);
    }

    public boolean reached(Fate wanted) {
        return wanted == Fate.ACTIVE ? active().orElse(false) : wanted.reachedBy(fate());
    }

    public long projectId() {
        return carried.projectId();
    }

    public int year() {
        return carried.year();
    }
}
