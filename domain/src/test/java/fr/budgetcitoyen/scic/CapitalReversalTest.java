package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.Ids;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A contre-passation cancels a recorded entry by its opposite, keeps both, and is refused when it cannot. */
class CapitalReversalTest {

    private static final Money NOMINAL = Money.euros(20);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final long SCIC = 1;

    /** Recorded one after the other, each given the id the database would. */
    private static final class Ledger {
        private final List<CapitalMovement> movements = new ArrayList<>();
        private CapitalAccount account = CapitalAccount.of(NOMINAL, List.of());

        CapitalMovement record(CapitalMovement movement) {
            account = account.with(movement, TODAY);
            movements.add(Ids.assign(movement, movements.size() + 1));
            account = CapitalAccount.of(NOMINAL, movements);
            return movement;
        }
    }

    private static Ledger superEcques() {
        Ledger ledger = new Ledger();
        ledger.record(CapitalMovement.subscription(SCIC, LocalDate.of(2021, 3, 29), 250, "CP 2021-03-29"));
        ledger.record(CapitalMovement.payment(SCIC, LocalDate.of(2021, 4, 12), Money.euros(1_250), "Mandat 2021-1"));
        return ledger;
    }

    @Test
    void aTypoIsCancelledOnItsOwnDateAndBothEntriesStayInTheLedger() {
        Ledger ledger = superEcques();
        CapitalMovement typo = ledger.record(CapitalMovement.subscription(SCIC, LocalDate.of(2026, 5, 4), 999_999_999, null));
        ledger.record(CapitalMovement.payment(SCIC, LocalDate.of(2026, 6, 1), Money.euros(500), null));
        assertEquals(1_000_000_249, ledger.account.shares());

        CapitalMovement reversal = ledger.record(CapitalMovement.reversal(typo, "999 999 999 parts au lieu de 9"));
        assertEquals(250, ledger.account.shares());
        assertEquals(Money.euros(5_000), ledger.account.subscribed());
        assertEquals(Money.euros(1_750), ledger.account.paidUp(), "the later payment still counts");
        assertEquals(5, ledger.account.history().size(), "nothing is deleted");
        assertSame(typo, ledger.account.history().get(2).movement());
        assertSame(reversal, ledger.account.history().get(3).movement(), "right after the entry it cancels");
        assertEquals(LocalDate.of(2026, 5, 4), reversal.date());
        assertEquals(typo, ledger.account.reversed(reversal).orElseThrow());
        assertEquals(reversal, ledger.account.reversalOf(typo).orElseThrow());
        assertFalse(ledger.account.isReversible(typo));
        assertFalse(ledger.account.isReversible(reversal));
        assertTrue(ledger.account.daily().stream().allMatch(p -> p.shares() < 1_000), "no spike left on the chart: "
                + ledger.account.daily());
    }

    @Test
    void reversingARedemptionGivesBackTheSharesAndTheirPaidUpPart() {
        Ledger ledger = superEcques();
        CapitalMovement redemption = ledger.record(CapitalMovement.redemption(SCIC, LocalDate.of(2025, 6, 30), 240, null));
        assertEquals(Money.euros(50), ledger.account.paidUp(), "10 shares left, paid up like the others (25 %)");
        ledger.record(CapitalMovement.reversal(redemption, "Remboursement saisi sur la mauvaise SCIC"));
        assertEquals(new CapitalFigures(250, Money.euros(5_000), Money.euros(1_250)), ledger.account.figures());
    }

    @Test
    void anEntryIsReversedOnceAndAReversalIsNeverReversed() {
        Ledger ledger = superEcques();
        CapitalMovement payment = ledger.account.history().get(1).movement();
        CapitalMovement reversal = ledger.record(CapitalMovement.reversal(payment, "Mandat annulé par la paierie"));
        InvalidFieldsException twice = assertThrows(InvalidFieldsException.class,
                () -> ledger.account.with(CapitalMovement.reversal(payment, "encore"), TODAY));
        assertEquals(List.of(new InvalidFieldsException.Problem("reason", "scic.reversal.already")), twice.problems());
        InvalidFieldsException ofReversal = assertThrows(InvalidFieldsException.class,
                () -> ledger.account.with(CapitalMovement.reversal(reversal, "annuler l'annulation"), TODAY));
        assertEquals(List.of(new InvalidFieldsException.Problem("reason", "scic.reversal.ofReversal")), ofReversal.problems());
    }

    @Test
    void aReversalNeedsAReason() {
        CapitalMovement payment = superEcques().account.history().get(1).movement();
        InvalidFieldsException refused = assertThrows(InvalidFieldsException.class, () -> CapitalMovement.reversal(payment, "  "));
        assertEquals(List.of(new InvalidFieldsException.Problem("reason", "scic.reversal.reason.required")), refused.problems());
        assertThrows(InvalidFieldsException.class, () -> CapitalMovement.reversal(payment, "x".repeat(CapitalMovement.REASON_MAX + 1)));
    }

    @Test
    void aReversalThatWouldMakeALaterEntryImpossibleIsRefused() {
        Ledger ledger = superEcques();
        CapitalMovement subscription = ledger.record(CapitalMovement.subscription(SCIC, LocalDate.of(2024, 1, 10), 10, null));
        ledger.record(CapitalMovement.redemption(SCIC, LocalDate.of(2025, 1, 10), 255, null));
        InvalidFieldsException refused = assertThrows(InvalidFieldsException.class,
                () -> ledger.account.with(CapitalMovement.reversal(subscription, "souscription en double"), TODAY));
        assertEquals(List.of(new InvalidFieldsException.Problem("reason", "scic.reversal.breaksLater")), refused.problems());
    }

    @Test
    void theChangeShowsThePositionAfterTheEntryAndWhatARedemptionRepays() {
        Scic scic = Ids.assign(Scic.register("Super'Ecques", "62288", "ternois", NOMINAL,
                new ScicProfile("L'épicerie autrement.", null, null, null)), SCIC);
        scic.admitDepartment(new Shareholding("CP 2021-03-29", LocalDate.of(2021, 3, 29), "Collectivités", "Élue"));
        Ledger ledger = superEcques();
        CapitalChange change = scic.change(ledger.movements, List.of(),
                CapitalMovement.redemption(SCIC, LocalDate.of(2025, 6, 30), 50, null), TODAY);
        assertEquals(Money.euros(250), change.repaid(), "50 of 250 shares: a fifth of the 1,250 € paid up");
        assertEquals(new CapitalFigures(200, Money.euros(4_000), Money.euros(1_000)), change.after().figures());
        assertEquals(new CapitalFigures(250, Money.euros(5_000), Money.euros(1_250)), change.before().figures());
        assertFalse(change.backDated());

        CapitalMovement subscription = ledger.account.history().get(0).movement();
        CapitalMovement payment = ledger.account.history().get(1).movement();
        CapitalChange reversal = scic.reversalChange(ledger.movements, List.of(), payment, TODAY);
        assertEquals(Money.ZERO, reversal.after().paidUp());
        assertFalse(reversal.backDated(), "nothing was recorded after the payment");
        List<GeneralAssembly> assemblies = List.of(GeneralAssembly.convene(SCIC, LocalDate.of(2025, 6, 20), false, "Comptes 2024", null,
                Money.euros(25_000), Money.euros(2_500)));
        CapitalChange early = scic.change(ledger.movements, assemblies,
                CapitalMovement.subscription(SCIC, LocalDate.of(2021, 3, 30), 1, null), TODAY);
        assertTrue(early.backDated(), "the payment of 2021-04-12 comes after it");
        assertThrows(InvalidFieldsException.class, () -> scic.reversalChange(ledger.movements, List.of(), subscription, TODAY),
                "the payment would exceed what is subscribed");
    }
}
