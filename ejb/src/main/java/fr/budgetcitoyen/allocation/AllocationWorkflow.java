package fr.budgetcitoyen.allocation;

import fr.budgetcitoyen.allocation.AllocationService.Inputs;
import fr.budgetcitoyen.allocation.plan.Allocation;
import fr.budgetcitoyen.allocation.plan.AllocationPlan;
import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.allocation.plan.AllocationRunRepository;
import fr.budgetcitoyen.allocation.plan.Candidate;
import fr.budgetcitoyen.allocation.plan.DepartmentAllocation;
import fr.budgetcitoyen.allocation.plan.RunStatus;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignRepository;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.followup.FollowUpRepository;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectRepository;
import fr.budgetcitoyen.project.ProjectStatus;
import fr.budgetcitoyen.shared.Digests;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.vote.BallotPublication;
import fr.budgetcitoyen.vote.VoteRepository;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one path an edition's results take: computed from the counted votes once the vote is over, validated
 * by the Commission permanente (which opens the follow-up of the funded projects), then published — each
 * step audited under the name of whoever took it. {@link AllocationService} lets agents take these steps;
 * the demo loader takes the same ones for the demo's past editions. Runs in the caller's transaction.
 */
@ApplicationScoped
public class AllocationWorkflow {

    @Inject private CampaignRepository campaigns;
    @EJB private CampaignService editions;
    @Inject private ProjectRepository projects;
    @Inject private VoteRepository votes;
    @Inject private AllocationRunRepository runs;
    @Inject private FollowUpRepository followUp;
    @EJB private AuditLog audit;
    @Inject private Clock clock;

    /** The inputs of an edition whose vote is over; empty while it runs (no count exists before). */
    public Optional<Inputs> inputs(int year) {
        return campaigns.findByYear(year).filter(Campaign::isPublic)
                .filter(c -> BallotPublication.isPublished(c, editions.today()))
                .filter(c -> votes.isCounted(c.id())).map(this::inputsOf);
    }

    /** Records a computation as provisional; it replaces an earlier provisional one, never a decided one. */
    public AllocationRun compute(int year, AllocationPlan plan, String by) {
        Inputs inputs = inputs(year).orElseThrow(() -> refused("allocation.voteNotOver"));
        List<AllocationRun> previous = runs.of(inputs.campaign().id());
        if (previous.stream().anyMatch(AllocationRun::isDecided)) {
            throw refused("allocation.alreadyDecided");
        }
        previous.stream().filter(r -> r.status() == RunStatus.PROVISIONAL).forEach(AllocationRun::supersede);
        Allocation allocation = DepartmentAllocation.allocate(plan, inputs.candidates(), inputs.budgets());
        AllocationRun run = AllocationRun.record(inputs.campaign().id(), allocation, inputs.hash(), by, Instant.now(clock));
        runs.store(run);
        audit.record(by, "allocation.compute", "campaign:" + year, null, plan.code() + " " + inputs.hash());
        return run;
    }

    /** The Commission permanente's decision; every funded project gets its grant record for the follow-up. */
    public void validate(long runId, LocalDate decisionDate, String deliberation, String by) {
        AllocationRun run = runs.find(runId).orElseThrow();
        run.validate(decisionDate, deliberation);
        followUp.openGrantsOf(run);
        audit.record(by, "allocation.validate", "run:" + runId, "PROVISIONAL", decisionDate + " " + deliberation);
    }

    public void publish(long runId, String by) {
        AllocationRun run = runs.find(runId).orElseThrow();
        run.publish(Instant.now(clock));
        audit.record(by, "allocation.publish", "run:" + runId, "VALIDATED", "PUBLISHED");
    }

    private Inputs inputsOf(Campaign campaign) {
        Map<Long, Long> counts = votes.ballotCounts(campaign.id());
        List<Candidate> candidates = projects.findByCampaignAndStatus(campaign, ProjectStatus.VALIDATED).stream()
                .sorted(Comparator.comparing(Project::id))
                .map(p -> new Candidate(p.id(), p.category().code(), p.territory().code(), cents(grantOf(p)),
                        counts.getOrDefault(p.id(), 0L)))
                .toList();
        Map<String, Long> budgets = new HashMap<>();
        List<Category> categories = campaign.categories();
        for (Category category : categories) {
            budgets.put(category.code(), category.envelopePart().map(AllocationWorkflow::cents)
                    .orElse(cents(campaign.envelope()) / categories.size()));
        }
        budgets.put("*", cents(campaign.envelope()));
        return new Inputs(campaign, candidates, Map.copyOf(budgets), hash(candidates, budgets));
    }

    /** The amount requested, capped by the category's support rule for the project's cost. */
    private static Money grantOf(Project project) {
        Money requested = project.requestedAmount() == null ? Money.ZERO : project.requestedAmount();
        return project.cap().map(requested::min).orElse(requested);
    }

    private static long cents(Money money) {
        return money.amount().movePointRight(2).longValue();
    }

    /** SHA-256 of the inputs in a canonical text form, so a recomputation can be checked against it. */
    static String hash(List<Candidate> candidates, Map<String, Long> budgets) {
        String text = candidates.stream().map(c -> c.projectId() + ";" + c.categoryCode() + ";" + c.territoryCode() + ";"
                        + c.grantCents() + ";" + c.votes()).collect(Collectors.joining("\n"))
                + "\n" + budgets.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        return Digests.sha256Hex(text);
    }

    static InvalidFieldsException refused(String key) {
        return new InvalidFieldsException(List.of(new InvalidFieldsException.Problem("allocation", key)));
    }
}
