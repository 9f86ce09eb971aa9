package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.Ids;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.InvalidFieldsException.Problem;
import fr.budgetcitoyen.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Local authorities together hold at most half of a SCIC's capital (loi n° 47-1775 du 10 septembre 1947,
 * art. 19 septies): the département's subscriptions are checked against the latest declared capital.
 */
class LocalAuthorityShareTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate ENTRY = LocalDate.of(2021, 3, 29);
    private static final LocalDate ASSEMBLY = LocalDate.of(2025, 6, 20);

    /** Super'Ecques: 20 € a share, the département holds 250 (5,000 €) since 2021. */
    private static Scic scic() {
        Scic scic = Ids.assign(Scic.register("Super'Ecques", "62288", "ternois", Money.euros(20),
                new ScicProfile("L'épicerie autrement.", null, null, null)), 1);
        scic.admitDepartment(new Shareholding("CP 2021-03-29", ENTRY, "Collectivités", "Élue"));
        return scic;
    }

    private static final List<CapitalMovement> HELD = List.of(
            Ids.assign(CapitalMovement.subscription(1, ENTRY, 250, "CP 2021-03-29"), 1),
            Ids.assign(CapitalMovement.payment(1, ENTRY.plusWeeks(2), Money.euros(5_000), null), 2));

    /** The 2025 assembly: a capital of 25,000 €, of which the commune and the communauté de communes hold 2,500 €. */
    private static GeneralAssembly assembly(long capital, long others) {
        return Ids.assign(GeneralAssembly.convene(1, ASSEMBLY, false, "Approbation des comptes 2024", null,
                Money.euros(capital), Money.euros(others)), 10);
    }

    private static CapitalMovement subscription(long shares) {
        return CapitalMovement.subscription(1, TODAY, shares, null);
    }

    @Test
    void theDepartmentMaySubscribeUntilTheLocalAuthoritiesHoldHalfTheCapital() {
        List<GeneralAssembly> assemblies = List.of(assembly(25_000, 2_500));
        LocalAuthorityShare now = LocalAuthorityShare.of(scic().capital(HELD), assemblies).orElseThrow();
        assertEquals(new BigDecimal("30.0"), now.percent(), "(5,000 + 2,500) / 25,000");
        assertEquals(500, now.sharesStillAllowed(Money.euros(20)), "(25,000 − 2 × 7,500) / 20");

        CapitalChange half = scic().change(HELD, assemblies, subscription(500), TODAY);
        assertEquals(Money.euros(35_000), half.share().orElseThrow().capital(), "the capital grows with the département's shares");
        assertEquals(new BigDecimal("50.0"), half.share().orElseThrow().percent(), "exactly half is allowed");

        InvalidFieldsException over = assertThrows(InvalidFieldsException.class,
                () -> scic().change(HELD, assemblies, subscription(501), TODAY));
        assertEquals(List.of(new Problem("shares", "scic.movement.shares.overHalf")), over.problems());
        InvalidFieldsException typo = assertThrows(InvalidFieldsException.class,
                () -> scic().change(HELD, assemblies, subscription(999_999_999), TODAY));
        assertEquals(List.of(new Problem("shares", "scic.movement.shares.overHalf")), typo.problems());
    }

    @Test
    void noSubscriptionBeforeTheCapitalIsDeclaredButPaymentsAndRedemptionsGoOn() {
        GeneralAssembly silent = GeneralAssembly.convene(1, ASSEMBLY, false, "Rapport moral", "Pour");
        InvalidFieldsException undeclared = assertThrows(InvalidFieldsException.class,
                () -> scic().change(HELD, List.of(silent), subscription(1), TODAY));
        assertEquals(List.of(new Problem("shares", "scic.movement.capitalUndeclared")), undeclared.problems());
        scic().change(HELD, List.of(silent), CapitalMovement.redemption(1, TODAY, 10, null), TODAY);

        // Even beyond the limit (as declared), a redemption brings the share down and is accepted.
        List<GeneralAssembly> over = List.of(assembly(12_000, 3_000));
        CapitalChange redemption = scic().change(HELD, over, CapitalMovement.redemption(1, TODAY, 100, null), TODAY);
        assertEquals(new BigDecimal("60.0"), redemption.share().orElseThrow().percent(), "(3,000 + 3,000) / (12,000 − 2,000)");
    }

    @Test
    void theLatestDeclarationCountsAndTheOthersPartIsChecked() {
        GeneralAssembly older = Ids.assign(GeneralAssembly.convene(1, ASSEMBLY.minusYears(2), false, "Comptes 2022", null,
                Money.euros(100_000), null), 5);
        List<GeneralAssembly> assemblies = List.of(assembly(25_000, 2_500), older);
        assertEquals(ASSEMBLY, LocalAuthorityShare.of(scic().capital(HELD), assemblies).orElseThrow().declaredOn());
        assertEquals(Money.ZERO, older.otherLocalAuthorities(), "no other local authority unless declared");
        assertThrows(InvalidFieldsException.class, () -> scic().change(HELD, assemblies, subscription(501), TODAY));

        // The other local authorities' part counts: with 10,000 € of theirs, 7,500 € is left.
        List<GeneralAssembly> moreOthers = List.of(assembly(25_000, 10_000));
        assertEquals(0, LocalAuthorityShare.of(scic().capital(HELD), moreOthers).orElseThrow().sharesStillAllowed(Money.euros(20)));
    }

    @Test
    void aDeclarationThatCannotBeTrueIsRefusedFieldByField() {
        InvalidFieldsException refused = assertThrows(InvalidFieldsException.class, () -> GeneralAssembly.convene(1, ASSEMBLY, false,
                "Comptes", null, Money.ZERO, Money.euros(-1)));
        assertEquals(List.of(new Problem("capital", "scic.assembly.capital.positive"),
                new Problem("otherPublic", "scic.assembly.otherPublic.negative")), refused.problems());
        InvalidFieldsException others = assertThrows(InvalidFieldsException.class, () -> GeneralAssembly.convene(1, ASSEMBLY, false,
                "Comptes", null, Money.euros(1_000), Money.euros(1_001)));
        assertEquals(List.of(new Problem("otherPublic", "scic.assembly.otherPublic.overCapital")), others.problems());
        InvalidFieldsException alone = assertThrows(InvalidFieldsException.class, () -> GeneralAssembly.convene(1, ASSEMBLY, false,
                "Comptes", null, null, Money.euros(500)));
        assertEquals(List.of(new Problem("capital", "scic.assembly.capital.requiredWithOthers")), alone.problems());

        CapitalAccount held = scic().capital(HELD);
        InvalidFieldsException below = assertThrows(InvalidFieldsException.class,
                () -> LocalAuthorityShare.requireCoherent(assembly(6_000, 1_500), held, TODAY));
        assertEquals(List.of(new Problem("capital", "scic.assembly.capital.belowHoldings")), below.problems(),
                "the département alone held 5,000 € that day");
        InvalidFieldsException future = assertThrows(InvalidFieldsException.class, () -> LocalAuthorityShare.requireCoherent(
                GeneralAssembly.convene(1, TODAY.plusDays(1), false, "AG", null, Money.euros(30_000), null), held, TODAY));
        assertEquals(List.of(new Problem("capital", "scic.assembly.capital.future")), future.problems());
        LocalAuthorityShare.requireCoherent(assembly(25_000, 2_500), held, TODAY);
    }

    @Test
    void aBackDatedSubscriptionTheDeclaredCapitalCannotHoldIsRefused() {
        // The assembly said 6,000 € with 1,000 € for the others; a forgotten subscription of 2021 would not fit in it.
        List<GeneralAssembly> assemblies = List.of(assembly(6_000, 1_000));
        InvalidFieldsException refused = assertThrows(InvalidFieldsException.class,
                () -> scic().change(HELD, assemblies, CapitalMovement.subscription(1, ENTRY, 1, null), TODAY));
        assertEquals(List.of(new Problem("shares", "scic.movement.shares.overDeclared")), refused.problems());
    }
}
