package fr.budgetcitoyen.project;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.campaign.PhaseClosedException;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.demo.DemoEditions;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.Territory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final Campaign campaign = DemoEditions.nextEdition(TODAY, 2027);
    private final Category standard = campaign.categories().get(0);   // 10 %, at most 15,000 EUR
    private final Territory arrageois = new Territory("Arrageois");

    private static List<BudgetLine> budget(long expenses, long funding) {
        return List.of(new BudgetLine(BudgetLine.Kind.EXPENSE, "Travaux", Money.euros(expenses)),
                new BudgetLine(BudgetLine.Kind.FUNDING, "Commune", Money.euros(funding)));
    }

    private static ProjectFileDraft complete(LegalForm form, String number, long requested, List<BudgetLine> budget) {
        return new ProjectFileDraft("Repair café", "Réparer ensemble", Theme.ENVIRONMENT, "Les Bricoleurs", form,
                number, null, "1 place des Héros", "62041", budget, Money.euros(requested));
    }

    private Project draft() {
        return Project.draft(standard, 42, "Repair café", TODAY);
    }

    @Test
    void sirenAndRnaNumbersAreChecked() {
        assertTrue(RegistrationNumber.isValid("732 829 320"));
        assertFalse(RegistrationNumber.isValid("732 829 321"), "Luhn check digit");
        assertTrue(RegistrationNumber.isValid("w623004512"));
        assertFalse(RegistrationNumber.isValid("W62300451"));
        assertFalse(RegistrationNumber.isValid(null));
    }

    @Test
    void theTotalCostIsTheSumOfTheExpensesAndTheCapFollowsIt() {
        Project file = draft();
        file.revise(complete(LegalForm.ASSOCIATION, "W623004512", 3_000, budget(40_000, 5_000)), standard, arrageois, TODAY);
        assertEquals(Money.euros(40_000), file.totalCost());
        assertEquals(Money.euros(4_000), file.cap().orElseThrow(), "10 % of 40,000");
        file.revise(complete(LegalForm.ASSOCIATION, "W623004512", 3_000, budget(400_000, 5_000)), standard, arrageois, TODAY);
        assertEquals(Money.euros(15_000), file.cap().orElseThrow(), "the ceiling binds");
    }

    @Test
    void aCompleteFileIsSubmittedThenReadOnly() {
        Project file = draft();
        file.revise(complete(LegalForm.ASSOCIATION, "W623004512", 4_000, budget(40_000, 5_000)), standard, arrageois, TODAY);
        file.submit(TODAY);
        assertEquals(ProjectStatus.SUBMITTED, file.status());
        assertThrows(IllegalStateException.class, () -> file.revise(
                complete(LegalForm.ASSOCIATION, "W623004512", 1, budget(1, 0)), standard, arrageois, TODAY));
        file.decide(ProjectStatus.CHANGES_REQUESTED, "Précisez les dépenses");
        file.revise(complete(LegalForm.ASSOCIATION, "W623004512", 3_500, budget(40_000, 5_000)), standard, arrageois, TODAY);
        file.submit(TODAY);
        assertEquals(Money.euros(3_500), file.requestedAmount());
    }

    @Test
    void submissionNamesEveryMissingPiece() {
        Project file = draft();
        file.revise(new ProjectFileDraft(null, null, null, null, LegalForm.JUNIOR_ASSOCIATION, "123", null, null, null,
                List.of(), null), standard, null, TODAY);
        InvalidFieldsException missing = assertThrows(InvalidFieldsException.class, () -> file.submit(TODAY));
        assertEquals(List.of("summary", "theme", "structureName", "registrationNumber", "adultReferent", "address",
                "budget", "requested"), missing.problems().stream().map(InvalidFieldsException.Problem::field).toList());
    }

    @Test
    void moreThanTheCapOrThanTheBudgetNeedsIsRefused() {
        Project overCap = draft();
        overCap.revise(complete(LegalForm.SCOP, "732829320", 4_001, budget(40_000, 0)), standard, arrageois, TODAY);
        assertEquals("file.requested.overCap", assertThrows(InvalidFieldsException.class, () -> overCap.submit(TODAY))
                .problems().get(0).key());
        Project unbalanced = draft();
        unbalanced.revise(complete(LegalForm.SCOP, "732829320", 4_000, budget(40_000, 37_000)), standard, arrageois, TODAY);
        assertEquals("file.budget.unbalanced", assertThrows(InvalidFieldsException.class, () -> unbalanced.submit(TODAY))
                .problems().get(0).key());
    }

    @Test
    void afterTheDeadlineNothingIsStartedChangedOrSubmitted() {
        Project file = draft();
        LocalDate afterDeadline = campaign.calendar().phase(PhaseType.PROJECT_FILES).orElseThrow().endDate().plusDays(1);
        assertThrows(PhaseClosedException.class, () -> Project.draft(standard, 42, "Trop tard", afterDeadline));
        assertThrows(PhaseClosedException.class, () -> file.submit(afterDeadline));
    }

    @Test
    void onlyItsCarrierOwnsAFile() {
        assertTrue(draft().isOwnedBy(42));
        assertFalse(draft().isOwnedBy(43));
    }
}
