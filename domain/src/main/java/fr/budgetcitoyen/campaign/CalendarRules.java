package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.shared.InvalidFieldsException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What makes an edition's calendar coherent with the process: the steps start in the order of the
 * process, the committee sees every file, and the vote happens alone — after the labelling and the
 * commission's review, before the results and the Commission permanente. Returns bundle keys.
 */
public final class CalendarRules {

    /** The steps without which there is no campaign. */
    static final Set<PhaseType> REQUIRED = EnumSet.of(PhaseType.IDEAS, PhaseType.PROJECT_FILES,
            PhaseType.LABELLING_COMMITTEE, PhaseType.VOTE, PhaseType.COMMISSION_PERMANENTE);

    private CalendarRules() {
    }

    /** Each step typed whole (both dates, or neither) and in order: reported next to its dates. */
    static void checkTyped(List<PhaseDates> dates) {
        InvalidFieldsException.Check check = new InvalidFieldsException.Check();
        for (PhaseDates d : dates) {
            boolean partial = !d.isEmpty() && (d.start() == null || d.end() == null);
            check.require(!partial, "phase-" + d.type(), "calendar.dates.incomplete")
                    .require(partial || d.isEmpty() || !d.end().isBefore(d.start()), "phase-" + d.type(), "calendar.dates.order");
        }
        check.orThrow();
    }

    static List<String> problems(EditionCalendar calendar) {
        List<String> problems = new ArrayList<>();
        for (PhaseType required : REQUIRED) {
            if (calendar.phase(required).isEmpty()) {
                problems.add("calendar.missing." + required);
            }
        }
        checkOrder(calendar, problems);
        Optional<Phase> files = calendar.phase(PhaseType.PROJECT_FILES);
        Optional<Phase> committee = calendar.phase(PhaseType.LABELLING_COMMITTEE);
        if (files.isPresent() && committee.isPresent() && files.get().endDate().isAfter(committee.get().endDate())) {
            problems.add("calendar.filesAfterCommittee");
        }
        calendar.phase(PhaseType.VOTE).ifPresent(vote -> checkVoteAlone(calendar, vote, problems));
        return problems;
    }

    /** Each step starts no earlier than the steps before it in the process. */
    private static void checkOrder(EditionCalendar calendar, List<String> problems) {
        Phase previous = null;
        for (PhaseType type : PhaseType.values()) {
            Optional<Phase> phase = calendar.phase(type);
            if (phase.isEmpty()) {
                continue;
            }
            if (previous != null && phase.get().startDate().isBefore(previous.startDate())) {
                problems.add("calendar.order." + type);
            }
            previous = phase.get();
        }
    }

    private static void checkVoteAlone(EditionCalendar calendar, Phase vote, List<String> problems) {
        for (PhaseType before : List.of(PhaseType.LABELLING_COMMITTEE, PhaseType.COMMISSION_REVIEW)) {
            calendar.phase(before).filter(p -> !p.endDate().isBefore(vote.startDate()))
                    .ifPresent(p -> problems.add("calendar.voteBefore." + before));
        }
        for (PhaseType after : List.of(PhaseType.RESULTS, PhaseType.COMMISSION_PERMANENTE)) {
            calendar.phase(after).filter(p -> !p.startDate().isAfter(vote.endDate()))
                    .ifPresent(p -> problems.add("calendar.voteAfter." + after));
        }
    }
}
