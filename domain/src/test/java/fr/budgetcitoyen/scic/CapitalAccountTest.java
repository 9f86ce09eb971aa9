package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.Ids;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CapitalAccountTest {

    private static final Money NOMINAL = Money.euros(50);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final long SCIC = 7;

    private static CapitalAccount empty() {
        return CapitalAccount.of(NOMINAL, List.of());
    }

    @Test
    void sharesAndAmountsAreDerivedFromTheMovements() {
        CapitalAccount account = empty()
                .with(CapitalMovement.subscription(SCIC, LocalDate.of(2021, 3, 29), 200, "CP 2021-03"), TODAY)
                .with(CapitalMovement.payment(SCIC, LocalDate.of(2021, 4, 15), Money.euros(2_500), null), TODAY)
                .with(CapitalMovement.payment(SCIC, LocalDate.of(2022, 4, 15), Money.euros(7_500), null), TODAY);
        assertEquals(200, account.shares());
        assertEquals(Money.euros(10_000), account.subscribed());
        assertEquals(Money.euros(10_000), account.paidUp());
        assertEquals(Money.ZERO, account.unpaid());
        assertEquals(3, account.history().size());
        assertEquals(Money.euros(7_500), account.history().get(1).unpaid());
    }

    @Test
    void aPaymentCannotExceedWhatIsSubscribedAndUnpaid() {
        CapitalAccount account = empty().with(CapitalMovement.subscription(SCIC, LocalDate.of(2022, 1, 10), 10, null), TODAY);
        InvalidFieldsException refused = assertThrows(InvalidFieldsException.class,
                () -> account.with(CapitalMovement.payment(SCIC, LocalDate.of(2022, 2, 1), Money.parse("500,01"), null), TODAY));
        assertEquals(List.of(new InvalidFieldsException.Problem("amount", "scic.movement.amount.overUnpaid")), refused.problems());
        assertEquals(Money.euros(500), account.with(CapitalMovement.payment(SCIC, LocalDate.of(2022, 2, 1), Money.euros(500), null), TODAY).paidUp());
    }

    @Test
    void aRedemptionRepaysThePaidUpPartOfTheRedeemedSharesAndCancelsTheirUnpaidRest() {
        CapitalAccount account = empty()
                .with(CapitalMovement.subscription(SCIC, LocalDate.of(2021, 6, 1), 100, null), TODAY)
                .with(CapitalMovement.payment(SCIC, LocalDate.of(2021, 6, 2), Money.euros(3_000), null), TODAY)
                .with(CapitalMovement.redemption(SCIC, LocalDate.of(2025, 6, 30), 40, "AG 2025"), TODAY);
        assertEquals(60, account.shares());
        assertEquals(Money.euros(3_000), account.subscribed());
        assertEquals(Money.euros(1_200), account.history().get(2).repaid(), "40 of the 100 shares: 40 % of the 3,000 € paid up");
        assertEquals(Money.euros(1_800), account.paidUp());
        assertEquals(Money.euros(1_200), account.unpaid(), "the 60 shares left are paid up like before: 60 %");

        CapitalAccount partly = empty()
                .with(CapitalMovement.subscription(SCIC, LocalDate.of(2021, 6, 1), 100, null), TODAY)
                .with(CapitalMovement.payment(SCIC, LocalDate.of(2021, 6, 2), Money.euros(1_000), null), TODAY)
                .with(CapitalMovement.redemption(SCIC, LocalDate.of(2025, 6, 30), 40, null), TODAY);
        assertEquals(Money.euros(400), partly.history().get(2).repaid(), "never more than what was paid up on those shares");
        assertEquals(Money.euros(600), partly.paidUp(), "a partial redemption no longer wipes out the paid-up capital");
        assertEquals(Money.euros(3_000), partly.subscribed());

        CapitalAccount all = partly.with(CapitalMovement.redemption(SCIC, LocalDate.of(2025, 7, 1), 60, null), TODAY);
        assertEquals(Money.euros(600), all.history().get(3).repaid());
        assertEquals(CapitalFigures.NONE, all.figures(), "every share redeemed: nothing held, nothing paid up");
    }

    @Test
    void aRedemptionRoundsTheRepaymentDownToTheCent() {
        CapitalAccount account = empty()
                .with(CapitalMovement.subscription(SCIC, LocalDate.of(2021, 6, 1), 3, null), TODAY)
                .with(CapitalMovement.payment(SCIC, LocalDate.of(2021, 6, 2), Money.euros(100), null), TODAY)
                .with(CapitalMovement.redemption(SCIC, LocalDate.of(2025, 6, 30), 1, null), TODAY);
        assertEquals(Money.parse("33,33"), account.history().get(2).repaid());
        assertEquals(Money.parse("66,67"), account.paidUp());
    }

    @Test
    void noMoreSharesRedeemedThanHeld() {
        CapitalAccount account = empty().with(CapitalMovement.subscription(SCIC, LocalDate.of(2023, 1, 1), 5, null), TODAY);
        InvalidFieldsException refused = assertThrows(InvalidFieldsException.class,
                () -> account.with(CapitalMovement.redemption(SCIC, LocalDate.of(2023, 2, 1), 6, null), TODAY));
        assertEquals("scic.movement.shares.overHeld", refused.problems().get(0).key());
    }

    @Test
    void aBackDatedEntryThatBreaksALaterOneIsRefusedOnItsDate() {
        CapitalMovement subscription = Ids.assign(CapitalMovement.subscription(SCIC, LocalDate.of(2021, 1, 1), 10, null), 1);
        CapitalMovement payment = Ids.assign(CapitalMovement.payment(SCIC, LocalDate.of(2022, 1, 1), Money.euros(500), null), 2);
        CapitalAccount account = CapitalAccount.of(NOMINAL, List.of(payment, subscription));
        assertEquals(Money.euros(500), account.paidUp(), "applied in date order, not in the order given");
        InvalidFieldsException refused = assertThrows(InvalidFieldsException.class,
                () -> account.with(CapitalMovement.redemption(SCIC, LocalDate.of(2021, 6, 1), 10, null), TODAY));
        assertEquals(List.of(new InvalidFieldsException.Problem("date", "scic.movement.date.breaksLater")), refused.problems());
    }

    @Test
    void datesInTheFutureAndEmptyMovementsAreRefusedFieldByField() {
        InvalidFieldsException refused = assertThrows(InvalidFieldsException.class,
                () -> empty().with(CapitalMovement.subscription(SCIC, TODAY.plusDays(1), 0, null), TODAY));
        assertEquals(List.of(new InvalidFieldsException.Problem("date", "scic.movement.date.future"),
                new InvalidFieldsException.Problem("shares", "scic.movement.shares.positive")), refused.problems());
        assertThrows(InvalidFieldsException.class,
                () -> empty().with(CapitalMovement.payment(SCIC, TODAY, Money.ZERO, null), TODAY));
    }

    @Test
    void thePositionOnADayIsTheLastOneOnOrBeforeIt() {
        CapitalAccount account = empty()
                .with(CapitalMovement.subscription(SCIC, LocalDate.of(2021, 3, 1), 10, null), TODAY)
                .with(CapitalMovement.subscription(SCIC, LocalDate.of(2023, 3, 1), 30, null), TODAY);
        assertEquals(0, account.on(LocalDate.of(2020, 12, 31)).shares());
        assertEquals(10, account.on(LocalDate.of(2022, 12, 31)).shares());
        assertEquals(Money.euros(2_000), account.on(TODAY).subscribed());
    }
}
