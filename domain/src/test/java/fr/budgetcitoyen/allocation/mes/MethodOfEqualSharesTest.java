package fr.budgetcitoyen.allocation.mes;

import static fr.budgetcitoyen.allocation.TestInstances.approvals;
import static fr.budgetcitoyen.allocation.TestInstances.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Project;
import fr.budgetcitoyen.allocation.Rational;
import fr.budgetcitoyen.allocation.catalog.RuleCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodOfEqualSharesTest {

    private static final List<Project> PROJECTS = List.of(Project.of("a", 40), Project.of("b", 40),
            Project.of("c", 30));

    /** 4 voters with 25 each: a and b tie at rho 1/2 (a wins on id), then b and c are unaffordable. */
    private final Instance instance = approvals(100, PROJECTS, "a,b", "a", "b", "c");

    @Test
    void fundsTheCheapestPerSupporterAndBreaksTiesById() {
        assertEquals("a", ids(new MethodOfEqualShares().allocate(instance)));
    }

    @Test
    void add1RaisesBudgetsUntilTheNextOutcomeWouldOverspend() {
        // at 30 per voter a, b and c all get funded (110 > 100): keep the outcome at 29, still just a
        assertEquals("a", ids(RuleCatalog.named("equalshares/add1").allocate(instance)));
        assertEquals("a", ids(RuleCatalog.named("equalshares/add1-comparison").allocate(instance)));
        assertEquals("a,b,c", ids(new EqualSharesEngine(instance).run(Rational.of(30))));
    }

    @Test
    void greedyCompletionSpendsTheRest() {
        assertEquals("a,b", ids(RuleCatalog.named("equalshares/add1+greedy").allocate(instance)));
    }

    @Test
    void emptyBallotsCountInTheElectorateAndShrinkEveryShare() {
        Instance diluted = approvals(100, PROJECTS, "a,b", "a", "b", "c", "", "", "", "");
        assertEquals(8, diluted.voterCount());
        assertEquals("", ids(new MethodOfEqualShares().allocate(diluted)));
    }

    @Test
    void fundsFreeSupportedProjectsFirstAndNeverUnsupportedOnes() {
        Instance withExtras = approvals(1000, List.of(Project.of("z", 0), Project.of("a", 40),
                Project.of("nobody", 1)), "a,z", "a");
        assertEquals("z,a", ids(new MethodOfEqualShares().allocate(withExtras)));
        assertEquals("z,a", ids(RuleCatalog.named("equalshares/add1").allocate(withExtras)));
    }

    @Test
    void rhoTiesGoToTheSmallestIdInStringOrder() {
        Instance tie = approvals(20, List.of(Project.of("9", 10), Project.of("10", 10)), "9", "10");
        assertEquals("10,9", ids(new MethodOfEqualShares().allocate(tie)));
    }

    @Test
    void poorSupportersPayAllTheyHaveAndTheOthersShareTheRest() {
        // 10 per voter. "x" (cost 32, 4 supporters, rho 1/4) takes 8 from each, then "y" (cost 18) costs
        // v0 its last 2 and v1, v2 8 each. Groups: 0 = {x,y}, 1 = {y} (2 voters), 2 = {x} (3 voters).
        Instance instance = approvals(60, List.of(Project.of("x", 32), Project.of("y", 18)),
                "x,y", "y", "y", "x", "x", "x");
        List<String> payments = new ArrayList<>();
        new EqualSharesEngine(instance).run(Rational.of(10), (project, group, amount) -> payments.add(
                instance.supportIndex().project(project).id() + ":" + group + ":" + amount));
        assertEquals(List.of("x:0:8", "x:2:8", "y:0:2", "y:1:8"), payments);
    }

    @Test
    void noVotersMeansNothingFunded() {
        Instance nobody = approvals(100, PROJECTS);
        assertEquals("", ids(new MethodOfEqualShares().allocate(nobody)));
        assertEquals("", ids(RuleCatalog.named("equalshares/add1-comparison").allocate(nobody)));
    }
}
