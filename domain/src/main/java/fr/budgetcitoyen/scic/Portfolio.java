package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** The département's shareholdings together: per SCIC and in total, today and over time. */
public record Portfolio(List<Holding> holdings) {

    /** One SCIC the département is an associate of, with its derived capital account. */
    public record Holding(Scic scic, CapitalAccount capital) {
    }

    /** The whole portfolio at the end of a day: the history chart's points. */
    public record Point(LocalDate date, Money subscribed, Money paidUp) {
    }

    public static Portfolio of(List<Holding> holdings) {
        return new Portfolio(List.copyOf(holdings));
    }

    public Money subscribed() {
        return holdings.stream().map(h -> h.capital().subscribed()).reduce(Money.ZERO, Money::plus);
    }

    public Money paidUp() {
        return holdings.stream().map(h -> h.capital().paidUp()).reduce(Money.ZERO, Money::plus);
    }

    public Money unpaid() {
        return subscribed().minus(paidUp());
    }

    /** The totals after every day on which something moved, oldest first. */
    public List<Point> history() {
        TreeSet<LocalDate> days = new TreeSet<>();
        holdings.forEach(h -> h.capital().history().forEach(p -> days.add(p.date())));
        return days.stream().map(day -> new Point(day,
                holdings.stream().map(h -> h.capital().on(day).subscribed()).reduce(Money.ZERO, Money::plus),
                holdings.stream().map(h -> h.capital().on(day).paidUp()).reduce(Money.ZERO, Money::plus))).toList();
    }

    public Holding of(long scicId) {
        return holdings.stream().filter(h -> Objects.equals(h.scic().id(), scicId)).findFirst().orElseThrow();
    }
}
