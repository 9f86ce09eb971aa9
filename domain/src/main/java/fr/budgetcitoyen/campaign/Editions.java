package fr.budgetcitoyen.campaign;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which of the public editions the portal presents as current, and which as past. */
public final class Editions {

    private Editions() {
    }

    /**
     * The edition running today (the oldest when two overlap: its vote or results are what residents
     * act on, while the next one only collects ideas); else the next one to start; else the most recent.
     */
    public static Optional<Campaign> current(List<Campaign> editions, LocalDate today) {
        List<Campaign> visible = editions.stream().filter(Campaign::isPublic).toList();
        Optional<Campaign> running = visible.stream()
                .filter(c -> c.calendar().progressOn(today) == CampaignProgress.RUNNING)
                .min(Comparator.comparingInt(Campaign::year));
        if (running.isPresent()) {
            return running;
        }
        Optional<Campaign> next = visible.stream()
                .filter(c -> c.calendar().progressOn(today) == CampaignProgress.NOT_STARTED)
                .min(Comparator.comparingInt(Campaign::year));
        return next.or(() -> visible.stream().max(Comparator.comparingInt(Campaign::year)));
    }

    /** The public edition whose step {@code type} is open today (the oldest if several are). */
    public static Optional<Campaign> openFor(List<Campaign> editions, PhaseType type, LocalDate today) {
        return editions.stream().filter(Campaign::isPublic).filter(c -> c.calendar().isOpen(type, today))
                .min(Comparator.comparingInt(Campaign::year));
    }

    /** Completed public editions other than the current one, most recent first. */
    public static List<Campaign> past(List<Campaign> editions, LocalDate today) {
        Optional<Campaign> current = current(editions, today);
        return editions.stream()
                .filter(Campaign::isPublic)
                .filter(c -> c.calendar().progressOn(today) == CampaignProgress.COMPLETED)
                .filter(c -> current.map(cur -> cur.year() != c.year()).orElse(true))
                .sorted(Comparator.comparingInt(Campaign::year).reversed())
                .toList();
    }
}
