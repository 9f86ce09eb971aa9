package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The département's capital in one SCIC, derived from its dated movements and the SCIC's nominal value:
 * shares held, capital subscribed (shares × nominal), capital paid up, and what remains to pay up.
 * Movements apply in date order (same day: in the order they were recorded). A redemption repays the
 * redeemed shares from what was paid up; the unpaid part of those shares is cancelled.
 */
public final class CapitalAccount {

    private static final Comparator<CapitalMovement> CHRONOLOGICAL = Comparator.comparing(CapitalMovement::date)
            .thenComparing(m -> m.id() == null ? Long.MAX_VALUE : m.id());

    private final Money nominal;
    private final List<CapitalMovement> movements;
    private final List<CapitalPosition> history;

    private CapitalAccount(Money nominal, List<CapitalMovement> movements, List<CapitalPosition> history) {
        this.nominal = nominal;
        this.movements = movements;
        this.history = history;
    }

    /** The account of these movements; refused when they do not add up (see {@link #with}). */
    public static CapitalAccount of(Money nominal, List<CapitalMovement> movements) {
        Objects.requireNonNull(nominal, "nominal");
        List<CapitalMovement> ordered = movements.stream().sorted(CHRONOLOGICAL).toList();
        List<CapitalPosition> history = new ArrayList<>();
        long shares = 0;
        Money subscribed = Money.ZERO;
        Money paidUp = Money.ZERO;
        for (CapitalMovement m : ordered) {
            switch (m.kind()) {
                case SUBSCRIPTION -> {
                    shares += m.shares();
                    subscribed = subscribed.plus(nominal.times(m.shares()));
                }
                case PAYMENT -> {
                    if (m.paid().isGreaterThan(subscribed.minus(paidUp))) {
                        throw refused(m, "amount", "scic.movement.amount.overUnpaid");
                    }
                    paidUp = paidUp.plus(m.paid());
                }
                case REDEMPTION -> {
                    if (m.shares() > shares) {
                        throw refused(m, "shares", "scic.movement.shares.overHeld");
                    }
                    shares -= m.shares();
                    Money value = nominal.times(m.shares());
                    subscribed = subscribed.minus(value);
                    paidUp = paidUp.minus(value.min(paidUp));
                }
            }
            history.add(new CapitalPosition(m.date(), m, shares, subscribed, paidUp));
        }
        return new CapitalAccount(nominal, ordered, List.copyOf(history));
    }

    /**
     * This account with one more movement, checked: a date not after today, a positive number of shares
     * or a positive amount, no payment beyond what is subscribed and unpaid, no redemption of more
     * shares than held, and no later movement made impossible by a back-dated one.
     */
    public CapitalAccount with(CapitalMovement movement, LocalDate today) {
        new InvalidFieldsException.Check()
                .require(movement.date() != null, "date", "scic.movement.date.required")
                .require(movement.date() == null || !movement.date().isAfter(today), "date", "scic.movement.date.future")
                .require(!movement.kind().countsShares() || movement.shares() > 0, "shares", "scic.movement.shares.positive")
                .require(movement.kind().countsShares() || (!movement.paid().isNegative() && !movement.paid().isZero()),
                        "amount", "scic.movement.amount.positive")
                .orThrow();
        List<CapitalMovement> all = new ArrayList<>(movements);
        all.add(movement);
        return of(nominal, all);
    }

    private static InvalidFieldsException refused(CapitalMovement m, String field, String key) {
        // A back-dated entry can break a later one: then the problem is the new entry's date.
        boolean later = m.id() != null;
        return new InvalidFieldsException(List.of(later
                ? new InvalidFieldsException.Problem("date", "scic.movement.date.breaksLater")
                : new InvalidFieldsException.Problem(field, key)));
    }

    public long shares() {
        return current().map(CapitalPosition::shares).orElse(0L);
    }

    public Money subscribed() {
        return current().map(CapitalPosition::subscribed).orElse(Money.ZERO);
    }

    public Money paidUp() {
        return current().map(CapitalPosition::paidUp).orElse(Money.ZERO);
    }

    public Money unpaid() {
        return subscribed().minus(paidUp());
    }

    public Money nominal() {
        return nominal;
    }

    /** The position after each movement, oldest first: the history chart and the ledger. */
    public List<CapitalPosition> history() {
        return history;
    }

    /** The position at the end of a day (nothing held before the first movement). */
    public CapitalPosition on(LocalDate day) {
        CapitalPosition last = new CapitalPosition(day, null, 0, Money.ZERO, Money.ZERO);
        for (CapitalPosition p : history) {
            if (p.date().isAfter(day)) {
                break;
            }
            last = p;
        }
        return last;
    }

    private Optional<CapitalPosition> current() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }
}
