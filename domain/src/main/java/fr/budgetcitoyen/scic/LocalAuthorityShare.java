package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The share of a SCIC's capital that local authorities hold together: the département's subscribed
 * capital plus what the other collectivités territoriales, their groupings and établissements publics
 * territoriaux hold. The law caps it at half the capital (loi n° 47-1775 du 10 septembre 1947, art. 19
 * septies). The SCIC's capital is variable: it is known from its latest general assembly that declared it,
 * and moves since then with the département's own entries (the other associates' are only known at the
 * next assembly).
 *
 * @param declaredOn      the assembly that declared the capital
 * @param declaredCapital the SCIC's total capital then
 * @param others          the other local authorities' part of it then
 * @param department      the département's subscribed capital now
 * @param capital         the SCIC's capital now: the declared one, moved by the département's entries since
 */
public record LocalAuthorityShare(LocalDate declaredOn, Money declaredCapital, Money others, Money department, Money capital)
        implements Serializable {

    /** At most half of the capital, together. */
    public static final BigDecimal LIMIT_PERCENT = BigDecimal.valueOf(50);

    /** The share once the département's account is this one; empty while no assembly declared the capital. */
    public static Optional<LocalAuthorityShare> of(CapitalAccount account, List<GeneralAssembly> assemblies) {
        return latestDeclaration(assemblies).map(a -> {
            Money then = account.on(a.heldOn()).subscribed();
            return new LocalAuthorityShare(a.heldOn(), a.declaredCapital(), a.otherLocalAuthorities(), account.subscribed(),
                    a.declaredCapital().minus(then).plus(account.subscribed()));
        });
    }

    /** The latest assembly that declared the SCIC's capital: the one that counts. */
    public static Optional<GeneralAssembly> latestDeclaration(List<GeneralAssembly> assemblies) {
        return assemblies.stream().filter(GeneralAssembly::declaresCapital)
                .max(Comparator.comparing(GeneralAssembly::heldOn).thenComparing(a -> a.id() == null ? Long.MAX_VALUE : a.id()));
    }

    /**
     * A subscription is refused when the capital is unknown, when the département and the other local
     * authorities would hold more than was declared (a typo, or an assembly to record first), and when
     * together they would hold more than half of it.
     */
    public static LocalAuthorityShare requireRoom(Optional<LocalAuthorityShare> share) {
        new InvalidFieldsException.Check()
                .require(share.isPresent(), "shares", "scic.movement.capitalUndeclared")
                .require(share.map(LocalAuthorityShare::consistent).orElse(true), "shares", "scic.movement.shares.overDeclared")
                .require(share.map(s -> !s.consistent() || s.withinLimit()).orElse(true), "shares", "scic.movement.shares.overHalf")
                .orThrow();
        return share.orElseThrow();
    }

    /**
     * An assembly's declaration is made at an assembly already held, and must hold what the département
     * held on that day and what the other local authorities hold: a smaller capital is a typo.
     */
    public static void requireCoherent(GeneralAssembly assembly, CapitalAccount account, LocalDate today) {
        if (assembly.declaresCapital()) {
            Money held = account.on(assembly.heldOn()).subscribed().plus(assembly.otherLocalAuthorities());
            new InvalidFieldsException.Check()
                    .require(!assembly.heldOn().isAfter(today), "capital", "scic.assembly.capital.future")
                    .require(!held.isGreaterThan(assembly.declaredCapital()), "capital", "scic.assembly.capital.belowHoldings")
                    .orThrow();
        }
    }

    /** The département and the other local authorities together. */
    public Money together() {
        return department.plus(others);
    }

    /** Their part of the capital, in percent, to one decimal. */
    public BigDecimal percent() {
        if (capital.isZero() || capital.isNegative()) {
            return BigDecimal.ZERO;
        }
        return together().amount().multiply(BigDecimal.valueOf(100)).divide(capital.amount(), 1, RoundingMode.HALF_UP);
    }

    /** Together at most half of the capital (exactly half is allowed). */
    public boolean withinLimit() {
        return !together().times(2).isGreaterThan(capital);
    }

    /** Nobody holds more than the capital (a back-dated entry can make an old declaration too small). */
    public boolean consistent() {
        return !together().isGreaterThan(capital);
    }

    /**
     * How many more shares of this nominal value the département may subscribe: each one adds to its part
     * and to the capital alike, so n shares fit while together + n·v ≤ (capital + n·v) / 2.
     */
    public long sharesStillAllowed(Money nominal) {
        BigDecimal room = capital.minus(together().times(2)).amount();
        return room.signum() <= 0 ? 0 : room.divide(nominal.amount(), 0, RoundingMode.DOWN).longValueExact();
    }
}
