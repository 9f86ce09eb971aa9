package fr.budgetcitoyen.allocation.greedy;

import static fr.budgetcitoyen.allocation.TestInstances.approvals;
import static fr.budgetcitoyen.allocation.TestInstances.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.budgetcitoyen.allocation.AllocationException;
import fr.budgetcitoyen.allocation.Ballot;
import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Project;
import fr.budgetcitoyen.allocation.ProjectId;
import fr.budgetcitoyen.allocation.Rational;
import fr.budgetcitoyen.allocation.TestInstances;
import fr.budgetcitoyen.allocation.VoteType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GreedyRuleTest {

    private final GreedyRule greedy = GreedyRule.skippingWhatDoesNotFit();

    @Test
    void fundsTheMostApprovedFirstAndSkipsWhatDoesNotFit() {
        Instance instance = approvals(100, List.of(Project.of("a", 60), Project.of("b", 50), Project.of("c", 40)),
                "a,b", "a,b,c", "a", "b,c");
        assertEquals("a,c", ids(greedy.allocate(instance)));
        assertEquals("a", ids(GreedyRule.stoppingAtFirstMisfit().allocate(instance)));
    }

    @Test
    void breaksTiesByIdInStringOrder() {
        Instance instance = approvals(10, List.of(Project.of("9", 10), Project.of("10", 10)), "9", "10");
        assertEquals("10", ids(greedy.allocate(instance)));
    }

    @Test
    void fundsFreeSupportedProjectsFirstAndUnsupportedOnesLastIfMoneyIsLeft() {
        Instance instance = approvals(100, List.of(Project.of("free", 0), Project.of("liked", 30),
                Project.of("unloved", 20)), "liked", "liked,free");
        assertEquals("free,liked,unloved", ids(greedy.allocate(instance)));
    }

    @Test
    void thresholdRuleIgnoresProjectsBelowTheMetaThreshold() {
        Instance instance = TestInstances.withMeta(approvals(100, List.of(Project.of("a", 10), Project.of("b", 10)),
                "a,b", "a"), Map.of(Instance.META_SCORE_THRESHOLD, "2"));
        assertEquals("a", ids(GreedyRule.withScoreThreshold().allocate(instance)));
        assertEquals("a,b", ids(greedy.allocate(instance)));
    }

    @Test
    void thresholdRuleNeedsTheMetaEntry() {
        Instance instance = approvals(100, List.of(Project.of("a", 10)), "a");
        assertThrows(AllocationException.class, () -> GreedyRule.withScoreThreshold().allocate(instance));
    }

    @Test
    void countsPointsForCumulativeBallotsUnlessToldToCountBallots() {
        Project a = Project.of("a", 10);
        Project b = Project.of("b", 10);
        List<Ballot> ballots = List.of(
                Ballot.withPoints("1", List.of(ProjectId.of("a"), ProjectId.of("b")), List.of(9L, 1L)),
                Ballot.withPoints("2", List.of(ProjectId.of("b")), List.of(2L)));
        Instance instance = Instance.of(Rational.of(10), VoteType.CUMULATIVE, List.of(a, b), ballots, Map.of());
        assertEquals("a", ids(greedy.allocate(instance)));
        assertEquals("b", ids(greedy.rankingBy(SupportMeasure.APPROVALS).allocate(instance)));
    }

    @Test
    void respectsADecimalBudgetExactly() {
        Instance instance = Instance.ofApprovals(Rational.parseDecimal("99,99"),
                List.of(Project.of("a", 100), Project.of("b", 99)), TestInstances.ballots("a,b", "a"));
        assertEquals("b", ids(greedy.allocate(instance)));
    }
}
