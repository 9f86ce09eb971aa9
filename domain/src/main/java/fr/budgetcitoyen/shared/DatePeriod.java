package fr.budgetcitoyen.shared;

import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whole days from the first to the last, both included (a campaign's step, an internship). Each owner names the
 * columns with {@code @AttributeOverride}s.
 */
@Embeddable
public record DatePeriod(LocalDate firstDay, LocalDate lastDay) {

    public DatePeriod {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public boolean isOverOn(LocalDate day) {
        return day.isAfter(lastDay);
    }

    public boolean isUpcomingOn(LocalDate day) {
        return day.isBefore(firstDay);
    }

    @Override
    public String toString() {
        return firstDay + ".." + lastDay;
    }
}
