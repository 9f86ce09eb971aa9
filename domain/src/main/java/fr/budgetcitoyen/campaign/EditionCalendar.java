package fr.budgetcitoyen.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An edition's dated steps in chronological order, and what they say about a day: which step is open,
 * which comes next, whether the edition has started. The campaign builds one from its phases each time it
 * is asked, so what is open is always derived from the current dates and never stored; keep it no longer
 * than a query (the steps are the campaign's own, a later replan reorders them).
 */
public final class EditionCalendar {

    private static final Comparator<Phase> CHRONOLOGICAL =
            Comparator.comparing(Phase::startDate).thenComparing(Phase::type);

    private final List<Phase> phases;

    EditionCalendar(Collection<Phase> phases) {
        List<Phase> sorted = new ArrayList<>(phases);
        sorted.sort(CHRONOLOGICAL);
        this.phases = List.copyOf(sorted);
    }

    /** The steps in chronological order. */
    public List<Phase> phases() { return phases; }

    public Optional<Phase> phase(PhaseType type) {
        return phases.stream().filter(p -> p.type() == type).findFirst();
    }

    public List<Phase> phasesOpenOn(LocalDate day) {
        return phases.stream().filter(p -> p.isOpenOn(day)).toList();
    }

    /** The most advanced step open that day; empty between two steps or outside the campaign. */
    public Optional<Phase> currentPhase(LocalDate day) {
        return phasesOpenOn(day).stream().max(Comparator.comparing(Phase::type));
    }

    public Optional<Phase> currentPhase(Clock clock) {
        return currentPhase(LocalDate.now(clock));
    }

    /** The next step to open after that day. */
    public Optional<Phase> nextPhase(LocalDate day) {
        return phases.stream().filter(p -> p.isUpcomingOn(day)).findFirst();
    }

    /** Whether the step is open that day by its dates alone; whether the edition is public is the campaign's concern. */
    public boolean isOpen(PhaseType type, LocalDate day) {
        return phase(type).map(p -> p.isOpenOn(day)).orElse(false);
    }

    public CampaignProgress progressOn(LocalDate day) {
        if (phases.isEmpty() || phases.get(0).isUpcomingOn(day)) {
            return CampaignProgress.NOT_STARTED;
        }
        boolean allOver = phases.stream().allMatch(p -> p.isOverOn(day));
        return allOver ? CampaignProgress.COMPLETED : CampaignProgress.RUNNING;
    }

    /** Each step's dates, chronologically: what a refused replan restores. */
    List<PhaseDates> dates() {
        return phases.stream().map(p -> new PhaseDates(p.type(), p.startDate(), p.endDate())).toList();
    }

    /** The same steps the given number of years later, for next year's edition. */
    List<PhaseDates> movedBy(int years) {
        return phases.stream()
                .map(p -> new PhaseDates(p.type(), p.startDate().plusYears(years), p.endDate().plusYears(years))).toList();
    }

    /** What stops the calendar from following the process (bundle keys); publishing needs none. */
    public List<String> problems() {
        return CalendarRules.problems(this);
    }

    public Optional<LocalDate> startDate() {
        return phases.stream().map(Phase::startDate).min(Comparator.naturalOrder());
    }

    public Optional<LocalDate> endDate() {
        return phases.stream().map(Phase::endDate).max(Comparator.naturalOrder());
    }

    @Override
    public String toString() {
        return phases.toString();
    }
}
