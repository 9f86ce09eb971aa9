package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The département's capital in one SCIC, derived from its dated movements and the SCIC's nominal value:
 * shares held, capital subscribed (shares × nominal), capital paid up, and what remains to pay up.
 * Movements apply in date order (same day: in the order they were recorded). Shares are paid up alike, so
 * a redemption repays the redeemed shares' part of what was paid up (never more, never another share's)
 * and cancels their unpaid rest. A reversal comes right after the entry it cancels and undoes it exactly.
 */
public final class CapitalAccount {

    /** Date, then the entry (a reversal takes the place of the one it cancels), then the reversal after it. */
    private static final Comparator<CapitalMovement> CHRONOLOGICAL = Comparator.comparing(CapitalMovement::date)
            .thenComparing(CapitalAccount::anchor)
            .thenComparing(m -> m.isReversal() ? 1 : 0);

    private final Money nominal;
    private final List<CapitalMovement> movements;
    private final List<CapitalPosition> history;

    private CapitalAccount(Money nominal, List<CapitalMovement> movements, List<CapitalPosition> history) {
        this.nominal = nominal;
        this.movements = movements;
        this.history = history;
    }

    private static long anchor(CapitalMovement m) {
        Long id = m.isReversal() ? m.reverses() : m.id();
        return id == null ? Long.MAX_VALUE : id;
    }

    /** The account of these movements; refused when they do not add up (see {@link #with}). */
    public static CapitalAccount of(Money nominal, List<CapitalMovement> movements) {
        Objects.requireNonNull(nominal, "nominal");
        List<CapitalMovement> ordered = movements.stream().sorted(CHRONOLOGICAL).toList();
        List<CapitalPosition> history = new ArrayList<>();
        Map<Long, CapitalPosition> before = new HashMap<>();
        CapitalPosition last = new CapitalPosition(null, null, 0, Money.ZERO, Money.ZERO, Money.ZERO);
        for (CapitalMovement m : ordered) {
            long shares = last.shares();
            Money subscribed = last.subscribed();
            Money paidUp = last.paidUp();
            Money repaid = Money.ZERO;
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
                    repaid = paidUp.share(m.shares(), shares);
                    shares -= m.shares();
                    subscribed = subscribed.minus(nominal.times(m.shares()));
                    paidUp = paidUp.minus(repaid);
                }
                case REVERSAL -> {
                    // Right after the entry it cancels (see CHRONOLOGICAL): the position before that entry.
                    CapitalPosition undone = before.get(m.reverses());
                    if (undone == null) {
                        throw new InvalidFieldsException(List.of(new InvalidFieldsException.Problem("reason", "scic.reversal.unknown")));
                    }
                    shares = undone.shares();
                    subscribed = undone.subscribed();
                    paidUp = undone.paidUp();
                }
            }
            if (m.id() != null) {
                before.put(m.id(), last);
            }
            last = new CapitalPosition(m.date(), m, shares, subscribed, paidUp, repaid);
            history.add(last);
        }
        return new CapitalAccount(nominal, ordered, List.copyOf(history));
    }

    /**
     * This account with one more movement, checked: a date not after today, a positive number of shares
     * or a positive amount, no payment beyond what is subscribed and unpaid, no redemption of more
     * shares than held, and no later movement made impossible by a back-dated one. A reversal cancels an
     * entry of this account that is neither a reversal nor already reversed, and must not make a later
     * entry impossible (that one is reversed first).
     */
    public CapitalAccount with(CapitalMovement movement, LocalDate today) {
        if (movement.isReversal()) {
            return reversing(movement);
        }
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

    private CapitalAccount reversing(CapitalMovement reversal) {
        Optional<CapitalMovement> original = movements.stream().filter(m -> Objects.equals(m.id(), reversal.reverses())).findFirst();
        new InvalidFieldsException.Check()
                .require(original.isPresent(), "reason", "scic.reversal.unknown")
                .require(original.map(o -> !o.isReversal()).orElse(true), "reason", "scic.reversal.ofReversal")
                .require(original.map(o -> reversalOf(o).isEmpty()).orElse(true), "reason", "scic.reversal.already")
                .orThrow();
        List<CapitalMovement> all = new ArrayList<>(movements);
        all.add(reversal);
        try {
            return of(nominal, all);
        } catch (InvalidFieldsException later) {
            throw new InvalidFieldsException(List.of(new InvalidFieldsException.Problem("reason", "scic.reversal.breaksLater")));
        }
    }

    private static InvalidFieldsException refused(CapitalMovement m, String field, String key) {
        // A back-dated entry can break a later one: then the problem is the new entry's date.
        boolean later = m.id() != null;
        return new InvalidFieldsException(List.of(later
                ? new InvalidFieldsException.Problem("date", "scic.movement.date.breaksLater")
                : new InvalidFieldsException.Problem(field, key)));
    }

    /** The reversal that cancelled this entry, if any. */
    public Optional<CapitalMovement> reversalOf(CapitalMovement entry) {
        return entry.id() == null ? Optional.empty()
                : movements.stream().filter(m -> m.isReversal() && entry.id().equals(m.reverses())).findFirst();
    }

    /** The entry a reversal cancelled. */
    public Optional<CapitalMovement> reversed(CapitalMovement reversal) {
        return reversal.isReversal()
                ? movements.stream().filter(m -> Objects.equals(m.id(), reversal.reverses())).findFirst() : Optional.empty();
    }

    /** An entry can be reversed once; a reversal cannot be (the entry is typed again instead). */
    public boolean isReversible(CapitalMovement entry) {
        return entry.id() != null && !entry.isReversal() && reversalOf(entry).isEmpty();
    }

    /** The position right after this movement (same instance as given to the account). */
    public Optional<CapitalPosition> after(CapitalMovement movement) {
        return history.stream().filter(p -> p.movement() == movement).findFirst();
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

    public CapitalFigures figures() {
        return current().map(CapitalPosition::figures).orElse(CapitalFigures.NONE);
    }

    public Money nominal() { return nominal; }

    public List<CapitalMovement> movements() { return movements; }

    /** The position after each movement, oldest first: the ledger. */
    public List<CapitalPosition> history() { return history; }

    /**
     * The position at the end of each day something moved, oldest first: the history chart. An entry and
     * its reversal share a day, so a cancelled mistake never shows as a spike.
     */
    public List<CapitalPosition> daily() {
        Map<LocalDate, CapitalPosition> byDay = new LinkedHashMap<>();
        history.forEach(p -> byDay.put(p.date(), p));
        return List.copyOf(byDay.values());
    }

    /** The position at the end of a day (nothing held before the first movement). */
    public CapitalPosition on(LocalDate day) {
        CapitalPosition last = new CapitalPosition(day, null, 0, Money.ZERO, Money.ZERO, Money.ZERO);
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
