package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.Ids;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PortfolioTest {

    private static Scic scic(long id, long nominal) {
        return Ids.assign(Scic.register("SCIC " + id, "62041", "arrageois", Money.euros(nominal),
                new ScicProfile("Une coopérative.", null, null, null)), id);
    }

    @Test
    void totalsAndHistoryAddTheHoldingsUpDayByDay() {
        Scic a = scic(1, 100);
        Scic b = scic(2, 20);
        List<CapitalMovement> movements = List.of(
                CapitalMovement.subscription(1, LocalDate.of(2021, 3, 29), 50, null),
                CapitalMovement.payment(1, LocalDate.of(2021, 4, 1), Money.euros(5_000), null),
                CapitalMovement.subscription(2, LocalDate.of(2022, 6, 1), 100, null),
                CapitalMovement.payment(2, LocalDate.of(2023, 1, 1), Money.euros(500), null));
        Portfolio portfolio = Portfolio.of(List.of(new Portfolio.Holding(a, a.capital(movements)),
                new Portfolio.Holding(b, b.capital(movements))));
        assertEquals(Money.euros(7_000), portfolio.subscribed());
        assertEquals(Money.euros(5_500), portfolio.paidUp());
        assertEquals(Money.euros(1_500), portfolio.unpaid());
        assertEquals(List.of(
                new Portfolio.Point(LocalDate.of(2021, 3, 29), Money.euros(5_000), Money.ZERO),
                new Portfolio.Point(LocalDate.of(2021, 4, 1), Money.euros(5_000), Money.euros(5_000)),
                new Portfolio.Point(LocalDate.of(2022, 6, 1), Money.euros(7_000), Money.euros(5_000)),
                new Portfolio.Point(LocalDate.of(2023, 1, 1), Money.euros(7_000), Money.euros(5_500))), portfolio.history());
        assertEquals(100, portfolio.of(2).capital().shares());
    }

    @Test
    void movementsAreRefusedWhileTheDepartmentIsNotAnAssociate() {
        Scic a = scic(1, 100);
        assertThrows(InvalidFieldsException.class,
                () -> a.requireShareholding(CapitalMovement.subscription(1, LocalDate.of(2021, 3, 29), 1, null)));
        a.admitDepartment(new Shareholding("CP 2021-03-29", LocalDate.of(2021, 3, 29), "Collectivités", "Élu délégué"));
        assertEquals(1, a.requireShareholding(CapitalMovement.subscription(1, LocalDate.of(2021, 3, 29), 1, null)).shares());
    }
}
