package fr.budgetcitoyen.allocation.catalog;

import fr.budgetcitoyen.allocation.AllocationException;
import fr.budgetcitoyen.allocation.AllocationRule;
import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Outcome;

/**
 * The rule the file itself declares in META {@code rule}. A plain "greedy" city that also sets
 * {@code min_project_score_threshold} applies that threshold, as Warsaw does.
 */
final class DeclaredRule implements AllocationRule {

    @Override
    public Outcome allocate(Instance instance) {
        return ruleDeclaredBy(instance).allocate(instance);
    }

    static AllocationRule ruleDeclaredBy(Instance instance) {
        String declared = instance.declaredRule().orElseThrow(
                () -> new AllocationException("the file declares no META rule; choose one with --rule"));
        String name = declared.toLowerCase(java.util.Locale.ROOT);
        if (name.equals("greedy") && instance.minProjectScoreThreshold().isPresent()) {
            name = "greedy-threshold";
        }
        if (name.equals(RuleCatalog.AUTO)) {
            throw new AllocationException("META rule 'auto' is not a rule");
        }
        return RuleCatalog.find(name).orElseThrow(() -> new AllocationException(
                "the rule declared in META ('" + declared + "') is not supported; choose one with --rule"));
    }
}
