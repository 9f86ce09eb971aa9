package fr.budgetcitoyen.project;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.InvalidFieldsException.Problem;
import fr.budgetcitoyen.shared.Money;

import java.util.ArrayList;
import java.util.List;

import static fr.budgetcitoyen.project.FieldChecks.fits;
import static fr.budgetcitoyen.project.FieldChecks.present;
import static fr.budgetcitoyen.project.FieldChecks.require;

/**
 * What a file needs before the committee can read it, and what any save must fit. Each problem names the editor's
 * field, so the carrier sees every missing piece at once, next to where it goes.
 */
public final class ProjectFileRules {

    private ProjectFileRules() {
    }

    public static List<Problem> problems(Project file) {
        List<Problem> problems = new ArrayList<>();
        require(problems, file.category() != null, "category", "file.category.required");
        require(problems, present(file.summary()), "summary", "file.summary.required");
        require(problems, file.theme().isPresent(), "theme", "file.theme.required");
        problems.addAll(file.carrier().problems(file.campaign()::isEligible));
        require(problems, present(file.carrier().address()) && file.territory() != null, "address", "file.address.required");
        Money expenses = file.sum(BudgetLine.Kind.EXPENSE);
        require(problems, expenses.isGreaterThan(Money.ZERO), "budget", "file.budget.expenses");
        Money requested = file.requestedAmount();
        if (requested == null || !requested.isGreaterThan(Money.ZERO)) {
            problems.add(new Problem("requested", "file.requested.required"));
        } else {
            file.cap().filter(requested::isGreaterThan).ifPresent(cap -> problems.add(new Problem("requested", "file.requested.overCap")));
            if (requested.plus(file.sum(BudgetLine.Kind.FUNDING)).isGreaterThan(expenses)) {
                problems.add(new Problem("budget", "file.budget.unbalanced"));
            }
        }
        return problems;
    }

    /**
     * A draft may be incomplete, never longer than what is kept: a field typed too long is refused next to
     * it (before, the database refused the whole save).
     */
    static void requireFitting(ProjectFileDraft draft) {
        new InvalidFieldsException.Check()
                .require(fits(draft.title(), 200), "title", "file.title.tooLong")
                .require(fits(draft.summary(), 2000), "summary", "file.summary.tooLong")
                .also(Carrier.typedIn(draft)::requireFitting)
                .require(draft.budget().stream().allMatch(line -> fits(line.label(), 200)), "budget", "file.budget.labelTooLong")
                .orThrow();
    }
}
