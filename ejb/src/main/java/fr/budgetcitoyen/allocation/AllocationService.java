package fr.budgetcitoyen.allocation;

import fr.budgetcitoyen.allocation.plan.Allocation;
import fr.budgetcitoyen.allocation.plan.AllocationPlan;
import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.allocation.plan.AllocationRunRepository;
import fr.budgetcitoyen.allocation.plan.Candidate;
import fr.budgetcitoyen.allocation.plan.DepartmentAllocation;
import fr.budgetcitoyen.allocation.plan.RunStatus;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * After the vote, the envelope shared by the ballots under a declared rule: agents compare rules, record
 * the chosen computation (rule, inputs' hash, who, when), the Commission permanente's validation is
 * recorded, then the results are published. Nothing is computed while the vote runs. The steps themselves
 * are {@link AllocationWorkflow}'s; this bean lets agents take them, in their name.
 */
@Stateless
@RolesAllowed({"AGENT", "ADMIN"})
public class AllocationService {

    /** An edition's allocation inputs: the candidates with their votes, the budgets, their fingerprint. */
    public record Inputs(Campaign campaign, List<Candidate> candidates, Map<String, Long> budgets, String hash) {
    }

    @Resource private SessionContext context;
    @Inject private CampaignRepository campaigns;
    @Inject private AllocationRunRepository runs;
    @Inject private AllocationWorkflow workflow;

    /** The inputs of an edition whose vote is over; empty while it runs (no count exists before). */
    @PermitAll
    public Optional<Inputs> inputs(int year) {
        return workflow.inputs(year);
    }

    public List<Allocation> compare(int year, int minimumVotes) {
        Inputs inputs = inputs(year).orElseThrow(() -> AllocationWorkflow.refused("allocation.voteNotOver"));
        return AllocationPlan.standard(minimumVotes).stream()
                .map(plan -> DepartmentAllocation.allocate(plan, inputs.candidates(), inputs.budgets())).toList();
    }

    /** Records a computation as provisional; it replaces an earlier provisional one, never a decided one. */
    public AllocationRun compute(int year, AllocationPlan plan) {
        return workflow.compute(year, plan, caller());
    }

    public void validate(long runId, LocalDate decisionDate, String deliberation) {
        workflow.validate(runId, decisionDate, deliberation, caller());
    }

    public void publish(long runId) {
        workflow.publish(runId, caller());
    }

    public List<AllocationRun> runs(int year) {
        return campaigns.findByYear(year).map(c -> runs.of(c.id())).orElse(List.of());
    }

    /** The published results of an edition, if any. */
    @PermitAll
    public Optional<AllocationRun> published(int year) {
        return campaigns.findByYear(year).filter(Campaign::isPublic).flatMap(c -> runs.of(c.id()).stream()
                .filter(r -> r.status() == RunStatus.PUBLISHED).findFirst());
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
