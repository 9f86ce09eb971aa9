package fr.budgetcitoyen.project;

import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.shared.Theme;

import java.util.List;

/** Everything the carrier's editor sends; kept as typed, checked in full only at submission. */
public record ProjectFileDraft(String title, String summary, Theme theme, String structureName, LegalForm legalForm,
                               String registrationNumber, String adultReferent, String address,
                               String communeInseeCode, List<BudgetLine> budget, Money requested) {

    public ProjectFileDraft {
        budget = budget == null ? List.of() : List.copyOf(budget);
    }
}
