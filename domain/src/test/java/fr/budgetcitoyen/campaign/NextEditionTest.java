package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.demo.DemoEditions;
import fr.budgetcitoyen.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NextEditionTest {

    private final Campaign campaign2018 = DemoEditions.edition2018();

    @Test
    void nextYearIsPreparedFromThisOne() {
        Campaign copy = NextEdition.from(campaign2018, 2019, "Budget citoyen 2019", Money.euros(400_000));
        assertEquals(CampaignStatus.DRAFT, copy.status());
        assertEquals(LocalDate.of(2019, 9, 5), copy.calendar().phase(PhaseType.VOTE).orElseThrow().startDate());
        assertEquals(campaign2018.categories().size(), copy.categories().size());
        assertEquals(SupportRule.of(20, 20_000), copy.category("COOPERATION").orElseThrow().supportRule());
        assertEquals(List.of(), copy.calendar().problems());
        copy.publish();
        assertEquals(CampaignStatus.PUBLISHED, copy.status());
    }
}
