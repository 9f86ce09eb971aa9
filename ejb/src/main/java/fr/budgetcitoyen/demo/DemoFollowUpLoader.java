package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.allocation.plan.Allocation;
import fr.budgetcitoyen.allocation.plan.AllocationPlan;
import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.allocation.plan.AllocationRunRepository;
import fr.budgetcitoyen.allocation.plan.Candidate;
import fr.budgetcitoyen.allocation.plan.DepartmentAllocation;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.followup.FollowUpRepository;
import fr.budgetcitoyen.followup.FundedProject;
import fr.budgetcitoyen.followup.Instalment;
import fr.budgetcitoyen.followup.StatusReport;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.shared.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 2018 edition of the demo, four years on: its laureates as the Commission permanente decided them
 * (votes of the time, recorded as counts: that vote ran before the platform), agreements signed, grants
 * paid in two instalments, and most carriers' yearly reports — so the follow-up and the impact dashboard
 * have something to show. Figures are illustrative.
 */
@Dependent
class DemoFollowUpLoader {

    private static final LocalDate DECISION = LocalDate.of(2018, 12, 17);

    @Inject
    private AllocationRunRepository runs;

    @Inject
    private FollowUpRepository followUp;

    @Inject
    private Clock clock;

    /** The first laureate is the demo carrier's; the last two still wait for their agreement. */
    void load(Campaign edition, List<Project> projects, long carrierId) {
        Instant now = Instant.now(clock);
        List<Candidate> candidates = projects.stream().map(p -> new Candidate(p.id(), p.category().code(), p.territory().code(),
                p.requestedAmount().amount().movePointRight(2).longValueExact(), 60 + (p.id() * 37) % 240)).toList();
        // Three quarters of what was asked in each category: some projects are not funded.
        Map<String, Long> budgets = new HashMap<>();
        candidates.forEach(c -> budgets.merge(c.categoryCode(), c.grantCents() * 3 / 4, Long::sum));
        budgets.put("*", budgets.values().stream().mapToLong(Long::longValue).sum());
        Allocation allocation = DepartmentAllocation.allocate(AllocationPlan.DEFAULT, candidates, budgets);
        AllocationRun run = AllocationRun.record(edition.id(), allocation, "demo-2018", "mission-ess@demo.budgetcitoyen.fr", now);
        run.validate(DECISION, "CP-2018-412");
        runs.store(run);
        List<FundedProject> grants = FundedProject.of(run);
        for (int n = 1; n <= grants.size(); n++) {
            FundedProject grant = grants.get(n - 1);
            followUp.store(grant);
            if (n == 1) {
                projects.stream().filter(p -> p.id() == grant.projectId()).forEach(p -> p.entrustTo(carrierId));
            }
            if (n <= grants.size() - 2) {
                payInTwoInstalments(grant);
            }
            if (n <= grants.size() - 2 && n % 5 != 0) { // one carrier in five has not reported yet
                boolean active = n % 6 != 0;
                followUp.store(StatusReport.file(grant, 2025, new StatusReport.Status(active, active ? 4 + n * 3 % 17 : 0,
                        active ? n % 4 : 0, active ? "L'activité continue et accueille de nouveaux bénévoles." : "Activité arrêtée en 2024."),
                        "carrier@demo.budgetcitoyen.fr", now));
            }
        }
    }

    private void payInTwoInstalments(FundedProject grant) {
        LocalDate today = LocalDate.now(clock);
        grant.signAgreement(LocalDate.of(2019, 1, 21), today);
        Money first = grant.granted().percent(BigDecimal.valueOf(70));
        Instalment advance = grant.pay(LocalDate.of(2019, 2, 15), first, "Mandat 2019-" + grant.projectId(), List.of(), today);
        followUp.store(advance);
        followUp.store(grant.pay(LocalDate.of(2019, 11, 15), grant.granted().minus(first), "Solde", List.of(advance), today));
    }
}
