package fr.budgetcitoyen.allocation.catalog;

import fr.budgetcitoyen.allocation.AllocationRule;
import fr.budgetcitoyen.allocation.greedy.GreedyRule;
import fr.budgetcitoyen.allocation.greedy.UtilitarianCompletion;
import fr.budgetcitoyen.allocation.mes.BudgetIncreaseCompletion;
import fr.budgetcitoyen.allocation.mes.MethodOfEqualShares;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rules by name. Names follow the pabulib META {@code rule} vocabulary, so that {@code auto}
 * can run what the file says the city used.
 */
public final class RuleCatalog {

    public static final String AUTO = "auto";

    private static final Map<String, Supplier<AllocationRule>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("greedy", GreedyRule::skippingWhatDoesNotFit);
        RULES.put("greedy-no-skip", GreedyRule::stoppingAtFirstMisfit);
        RULES.put("greedy-threshold", GreedyRule::withScoreThreshold);
        RULES.put("equalshares", MethodOfEqualShares::new);
        RULES.put("equalshares/add1",
                () -> new BudgetIncreaseCompletion(BudgetIncreaseCompletion.Stop.AT_FIRST_EXHAUSTIVE_OUTCOME));
        RULES.put("equalshares/add1-comparison",
                () -> new BudgetIncreaseCompletion(BudgetIncreaseCompletion.Stop.ONLY_WHEN_NEXT_OVERSPENDS));
        RULES.put("equalshares/add1+greedy", () -> new UtilitarianCompletion(
                new BudgetIncreaseCompletion(BudgetIncreaseCompletion.Stop.AT_FIRST_EXHAUSTIVE_OUTCOME)));
        RULES.put(AUTO, DeclaredRule::new);
    }

    private RuleCatalog() {
    }

    /** Every accepted name, {@code auto} last. */
    public static Set<String> names() {
        return RULES.keySet();
    }

    public static Optional<AllocationRule> find(String name) {
        return Optional.ofNullable(RULES.get(name.trim().toLowerCase(java.util.Locale.ROOT))).map(Supplier::get);
    }

    public static AllocationRule named(String name) {
        return find(name).orElseThrow(() -> new UnknownRuleException(name, names()));
    }
}
