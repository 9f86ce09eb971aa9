package fr.budgetcitoyen.allocation.plan;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DepartmentAllocationTest {

    private static final long K = 100_000; // 1,000 EUR in cents

    // Category A: 30 kEUR; the two most voted of Arrageois take it all under greedy.
    private final List<Candidate> candidates = List.of(
            new Candidate(1, "A", "arrageois", 15 * K, 120),
            new Candidate(2, "A", "arrageois", 15 * K, 100),
            new Candidate(3, "A", "calaisis", 10 * K, 40),
            new Candidate(4, "B", "artois", 20 * K, 80),
            new Candidate(5, "B", "artois", 5 * K, 3),
            new Candidate(6, "B", "boulonnais", 12 * K, 60));
    private final Map<String, Long> budgets = Map.of("A", 30 * K, "B", 25 * K, "*", 55 * K);

    private static List<Long> funded(Allocation allocation) {
        return allocation.grants().stream().map(g -> g.candidate().projectId()).toList();
    }

    @Test
    void greedyByVotesWithinEachCategorySkipsWhatNoLongerFits() {
        Allocation greedy = DepartmentAllocation.allocate(AllocationPlan.DEFAULT, candidates, budgets);
        assertEquals(List.of(1L, 2L, 4L, 5L), funded(greedy));
        assertEquals(55 * K, greedy.budgetCents());
        assertEquals(55 * K, greedy.spentCents());
        assertEquals(303L * 1000 / 403, greedy.servedPerMille());
    }

    @Test
    void aMinimumOfVotesLeavesOutTheLeastVoted() {
        Allocation threshold = DepartmentAllocation.allocate(
                new AllocationPlan(AllocationMethod.GREEDY_THRESHOLD, true, 10), candidates, budgets);
        assertEquals(List.of(1L, 2L, 4L), funded(threshold), "project 5 has 3 votes");
    }

    @Test
    void territorialBalanceFundsTheLeaderOfEachTerritoryFirst() {
        Allocation balanced = DepartmentAllocation.allocate(
                new AllocationPlan(AllocationMethod.TERRITORIAL_BALANCE, true, 0), candidates, budgets);
        assertEquals(List.of(1L, 3L, 4L, 5L), funded(balanced), "Calaisis' project before Arrageois' second");
        assertEquals(Map.of("arrageois", 1L, "artois", 2L, "calaisis", 1L), balanced.fundedPerTerritory());
    }

    @Test
    void aGlobalPlanLetsAllCategoriesCompeteForTheWholeEnvelope() {
        Allocation global = DepartmentAllocation.allocate(new AllocationPlan(AllocationMethod.GREEDY, false, 0), candidates, budgets);
        assertEquals(List.of(1L, 2L, 4L, 5L), funded(global));
        assertTrue(global.spentCents() <= 55 * K);
    }

    @Test
    void noPlanEverSpendsMoreThanItsEnvelope() {
        Random random = new Random(62);
        for (int round = 0; round < 200; round++) {
            List<Candidate> drawn = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                drawn.add(new Candidate(i + 1, i % 3 == 0 ? "A" : "B", "t" + random.nextInt(4),
                        (1 + random.nextInt(20)) * K, random.nextInt(50)));
            }
            Map<String, Long> envelope = Map.of("A", (long) (10 + random.nextInt(40)) * K, "B", (long) (10 + random.nextInt(60)) * K,
                    "*", (long) (20 + random.nextInt(100)) * K);
            for (AllocationPlan plan : AllocationPlan.standard(5)) {
                Allocation allocation = DepartmentAllocation.allocate(plan, drawn, envelope);
                assertTrue(allocation.spentCents() <= allocation.budgetCents(), plan + " overspends in round " + round);
                assertEquals(funded(allocation).stream().distinct().count(), funded(allocation).size(), "funded once");
            }
        }
    }

    @Test
    void equalSharesFundsWhatItsVotersCanPay() {
        Allocation mes = DepartmentAllocation.allocate(new AllocationPlan(AllocationMethod.EQUAL_SHARES, true, 0), candidates, budgets);
        assertTrue(funded(mes).containsAll(List.of(1L, 4L)), funded(mes).toString());
        assertTrue(mes.spentCents() <= 55 * K);
        assertEquals(AllocationPlan.parse(mes.plan().code()), mes.plan());
    }
}
