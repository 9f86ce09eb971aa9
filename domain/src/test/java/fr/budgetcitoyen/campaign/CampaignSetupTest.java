package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.demo.DemoEditions;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CampaignSetupTest {

    private static List<String> keys(InvalidFieldsException e) {
        return e.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    private static CategoryDraft category(String code, int envelopeShare) {
        return new CategoryDraft(code, "Innovation sociale", null, BigDecimal.TEN, Money.euros(15_000),
                BigDecimal.valueOf(envelopeShare));
    }

    @Test
    void aNewEditionReportsEveryInvalidFieldAtOnce() {
        InvalidFieldsException refused = assertThrows(InvalidFieldsException.class,
                () -> Campaign.draft(2017, " ", Money.ZERO));
        assertEquals(List.of("year:campaign.year.range", "title:campaign.title.required",
                "envelope:campaign.envelope.positive"), keys(refused));
        Campaign draft = Campaign.draft(2028, " Budget citoyen 2028 ", Money.euros(400_000));
        assertEquals("Budget citoyen 2028", draft.title());
        assertFalse(draft.isPublic());
        assertTrue(draft.isEligible(LegalForm.SCOP), "every ESS legal form by default");
    }

    @Test
    void aDraftsCalendarMayBeIncompleteButNotIncoherentOnceItIsPublic() {
        Campaign draft = Campaign.draft(2028, "Budget citoyen 2028", Money.euros(400_000));
        LocalDate march = LocalDate.of(2028, 3, 1);
        InvalidFieldsException order = assertThrows(InvalidFieldsException.class, () -> draft.replan(List.of(
                new PhaseDates(PhaseType.IDEAS, march, march.minusDays(1)),
                new PhaseDates(PhaseType.VOTE, march, null))));
        assertEquals(List.of("phase-IDEAS:calendar.dates.order", "phase-VOTE:calendar.dates.incomplete"), keys(order));
        draft.replan(List.of(new PhaseDates(PhaseType.IDEAS, march, march.plusMonths(2))));
        assertEquals(1, draft.calendar().phases().size());

        Campaign published = DemoEditions.edition2018();
        InvalidFieldsException voteFirst = assertThrows(InvalidFieldsException.class, () -> published.replan(List.of(
                new PhaseDates(PhaseType.VOTE, LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 30)))));
        assertTrue(keys(voteFirst).contains("calendar:calendar.voteBefore.LABELLING_COMMITTEE"), keys(voteFirst).toString());

        published.replan(List.of(new PhaseDates(PhaseType.FOLLOW_UP, null, null)));
        assertTrue(published.calendar().phase(PhaseType.FOLLOW_UP).isEmpty(), "both dates empty: the step is skipped");
    }

    @Test
    void theCategoriesSharesOfTheEnvelopeStayWithinAHundredPercent() {
        Campaign campaign = Campaign.draft(2028, "Budget citoyen 2028", Money.euros(400_000));
        campaign.planCategory(category("innovation", 60));
        assertEquals(Money.euros(240_000), campaign.category("innovation").orElseThrow().envelopePart().orElseThrow());
        InvalidFieldsException over = assertThrows(InvalidFieldsException.class, () -> campaign.planCategory(category("cooperation", 41)));
        assertEquals(List.of("envelopeShare:category.envelopeShare.over100"), keys(over));
        campaign.planCategory(category("cooperation", 40));
        campaign.planCategory(category("innovation", 50)); // revising a category counts its new share only
        assertEquals(2, campaign.categories().size());
        assertEquals(0, BigDecimal.valueOf(50).compareTo(campaign.category("innovation").orElseThrow().envelopeSharePercent().orElseThrow()));

        InvalidFieldsException bad = assertThrows(InvalidFieldsException.class, () -> campaign.planCategory(
                new CategoryDraft("x", " ", null, BigDecimal.valueOf(120), Money.ZERO, BigDecimal.ZERO)));
        assertEquals(List.of("name:category.name.required", "maxShare:category.maxShare.range",
                "ceiling:category.ceiling.positive", "envelopeShare:category.envelopeShare.range"), keys(bad));
    }

    @Test
    void aCeilingPerProjectStaysWithinWhatTheCategoryShares() {
        Campaign campaign = Campaign.draft(2028, "Budget citoyen 2028", Money.euros(400_000));
        InvalidFieldsException whole = assertThrows(InvalidFieldsException.class, () -> campaign.planCategory(
                new CategoryDraft("innovation", "Innovation sociale", null, BigDecimal.TEN, Money.euros(1_500_000), null)));
        assertEquals(List.of("ceiling:category.ceiling.overEnvelope"), keys(whole), "1 500 000 instead of 15 000");
        InvalidFieldsException part = assertThrows(InvalidFieldsException.class, () -> campaign.planCategory(
                new CategoryDraft("innovation", "Innovation sociale", null, BigDecimal.TEN, Money.euros(40_001), BigDecimal.TEN)));
        assertEquals(List.of("ceiling:category.ceiling.overEnvelope"), keys(part), "10 % of 400,000 is 40,000");
        campaign.planCategory(new CategoryDraft("innovation", "Innovation sociale", null, BigDecimal.TEN, Money.euros(40_000), BigDecimal.TEN));
    }

    @Test
    void theEnvelopeNeverDropsBelowACeilingNorChangesOnceTheAllocationIsDecided() {
        Campaign campaign = Campaign.draft(2028, "Budget citoyen 2028", Money.euros(400_000));
        campaign.planCategory(category("innovation", 60));
        InvalidFieldsException typo = assertThrows(InvalidFieldsException.class, () -> campaign.describe("Budget citoyen 2028", Money.euros(4_000)));
        assertEquals(List.of("envelope:campaign.envelope.belowCeiling"), keys(typo), "4 000 instead of 400 000: 60 % is below the 15,000 ceiling");
        campaign.describe("Budget citoyen 2028", Money.euros(450_000));
        assertEquals(Money.euros(450_000), campaign.envelope());

        InvalidFieldsException decided = assertThrows(InvalidFieldsException.class,
                () -> campaign.describe("Budget citoyen 2028", Money.euros(500_000), true));
        assertEquals(List.of("envelope:campaign.envelope.decided"), keys(decided));
        campaign.describe("Budget citoyen 2028 (validé)", Money.euros(450_000), true);
        assertEquals("Budget citoyen 2028 (validé)", campaign.title(), "the title may still change");
    }

    @Test
    void legalFormsCanBeRestrictedAndTheCopyKeepsThemWithTheShares() {
        Campaign campaign = DemoEditions.edition2018();
        assertThrows(InvalidFieldsException.class, () -> campaign.admit(Set.of()));
        campaign.admit(EnumSet.of(LegalForm.ASSOCIATION, LegalForm.SCIC));
        campaign.planCategory(new CategoryDraft(campaign.categories().get(0).code(), "Renommée", null,
                BigDecimal.TEN, Money.euros(15_000), BigDecimal.valueOf(30)));
        assertFalse(campaign.isEligible(LegalForm.SCOP));

        Campaign next = NextEdition.from(campaign, 2019, "Budget citoyen 2019", Money.euros(400_000));
        assertEquals(EnumSet.of(LegalForm.ASSOCIATION, LegalForm.SCIC), next.eligibleLegalForms());
        assertEquals("Renommée", next.categories().get(0).name());
        assertEquals(Money.euros(120_000), next.categories().get(0).envelopePart().orElseThrow());
    }
}
