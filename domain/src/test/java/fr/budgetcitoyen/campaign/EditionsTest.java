package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.demo.DemoEditions;
import fr.budgetcitoyen.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditionsTest {

    private final Campaign e2018 = DemoEditions.edition2018();
    private final Campaign e2021 = DemoEditions.edition2021();

    @Test
    void theRunningEditionIsCurrentAndTheCompletedOnesArePast() {
        LocalDate today = LocalDate.of(2021, 9, 10);
        assertEquals(2021, Editions.current(List.of(e2018, e2021), today).orElseThrow().year());
        assertEquals(List.of(e2018), Editions.past(List.of(e2018, e2021), today));
    }

    @Test
    void beforeAnEditionStartsItIsAnnouncedAsCurrent() {
        LocalDate today = LocalDate.of(2020, 6, 1);
        assertEquals(2021, Editions.current(List.of(e2018, e2021), today).orElseThrow().year());
    }

    @Test
    void afterTheLastEditionTheMostRecentStaysCurrent() {
        LocalDate today = LocalDate.of(2030, 1, 1);
        assertEquals(2021, Editions.current(List.of(e2018, e2021), today).orElseThrow().year());
        assertEquals(List.of(e2018), Editions.past(List.of(e2018, e2021), today));
    }

    @Test
    void draftsAreNeverShown() {
        Campaign draft = new Campaign(2030, "Brouillon", Money.euros(1_000));
        assertTrue(Editions.current(List.of(draft), LocalDate.of(2030, 1, 1)).isEmpty());
    }
}
