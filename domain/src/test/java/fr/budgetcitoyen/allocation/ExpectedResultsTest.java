package fr.budgetcitoyen.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import fr.budgetcitoyen.allocation.catalog.RuleCatalog;
import fr.budgetcitoyen.allocation.greedy.GreedyRule;
import fr.budgetcitoyen.allocation.greedy.SupportMeasure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every line of EXPECTED_RESULTS.txt (outcomes of pabutools 1.2.3 and of the brief's own
 * code) whose rule this library implements, in exact selection order, with the total cost.
 */
class ExpectedResultsTest {

    /** Line label prefix -> rule that must reproduce it. Unlisted labels (Phragmen...) are skipped. */
    private static final Map<String, AllocationRule> RULE_BY_LABEL = new LinkedHashMap<>();

    static {
        RULE_BY_LABEL.put("greedy Cost_Sat",
                GreedyRule.skippingWhatDoesNotFit().rankingBy(SupportMeasure.APPROVALS));
        RULE_BY_LABEL.put("MES Cost_Sat plain", RuleCatalog.named("equalshares"));
        RULE_BY_LABEL.put("MES Cost_Sat add1 (voter_budget_increment=1)", RuleCatalog.named("equalshares/add1"));
        RULE_BY_LABEL.put("MES add1 + greedy Cost_Sat completion", RuleCatalog.named("equalshares/add1+greedy"));
        RULE_BY_LABEL.put("MES exhaustion_by_budget_increase(step=n, exhaustive_stop=False)",
                RuleCatalog.named("equalshares/add1-comparison"));
        RULE_BY_LABEL.put("greedy-by-votes with threshold", RuleCatalog.named("greedy-threshold"));
        RULE_BY_LABEL.put("NOTE: pabutools Cost_Sat ignores points", RuleCatalog.named("greedy"));
    }

    private static final Pattern FILE_HEADER = Pattern.compile("^=== (\\S+\\.pb)");
    private static final Pattern RESULT = Pattern.compile("^(.*?):\\s*([^:|]+?)\\s*\\|\\s*(?:cost (\\d+)|equals.*)$");

    @TestFactory
    List<DynamicTest> everyReproducibleLineOfTheReference() {
        List<DynamicTest> tests = new ArrayList<>();
        String file = null;
        for (String line : RealInstances.expectedResults().split("\\R")) {
            Matcher header = FILE_HEADER.matcher(line);
            if (header.find()) {
                file = header.group(1);
                continue;
            }
            Matcher result = RESULT.matcher(line);
            if (file == null || !result.matches()) {
                continue;
            }
            String label = result.group(1).trim();
            String instanceFile = file;
            RULE_BY_LABEL.entrySet().stream().filter(entry -> label.startsWith(entry.getKey())).findFirst()
                    .ifPresent(entry -> tests.add(dynamicTest(instanceFile + " / " + label, () -> {
                        Outcome outcome = entry.getValue().allocate(RealInstances.load(instanceFile));
                        assertEquals(result.group(2), ids(outcome));
                        if (result.group(3) != null) {
                            assertEquals(Long.parseLong(result.group(3)), outcome.totalCost());
                        }
                    })));
        }
        // 5 lines x 4 files + 2 x 2 files; guards against the parsing above silently skipping lines
        assertTrue(tests.size() >= 24, "only " + tests.size() + " reference lines recognised");
        return tests;
    }

    static String ids(Outcome outcome) {
        return outcome.selectedIds().stream().map(ProjectId::value).collect(Collectors.joining(","));
    }
}
