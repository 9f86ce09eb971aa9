package fr.budgetcitoyen.allocation;

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
import fr.budgetcitoyen.followup.FollowUpService;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectRepository;
import fr.budgetcitoyen.project.ProjectStatus;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.vote.BallotPublication;
import fr.budgetcitoyen.vote.VoteRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * After the vote, the envelope shared by the ballots under a declared rule: agents compare rules, record
 * the chosen computation (rule, inputs' hash, who, when), the Commission permanente's validation is
 * recorded, then the results are published. Nothing is computed while the vote runs.
 */
@Stateless
@RolesAllowed({"AGENT", "ADMIN"})
public class AllocationService {

    /** An edition's allocation inputs: the candidates with their votes, the budgets, their fingerprint. */
    public record Inputs(Campaign campaign, List<Candidate> candidates, Map<String, Long> budgets, String hash) {
    }

    @Resource
    private SessionContext context;

    @Inject
    private CampaignRepository campaigns;

    @EJB
    private CampaignService editions;

    @Inject
    private ProjectRepository projects;

    @Inject
    private VoteRepository votes;

    @Inject
    private AllocationRunRepository runs;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    @EJB
    private FollowUpService followUp;

    /** The inputs of an edition whose vote is over; empty while it runs (no count exists before). */
    @PermitAll
    public Optional<Inputs> inputs(int year) {
        return campaigns.findByYear(year).filter(Campaign::isPublic)
                .filter(c -> BallotPublication.isPublished(c, editions.today()))
                .filter(c -> votes.isCounted(c.id())).map(this::inputsOf);
    }

    public List<Allocation> compare(int year, int minimumVotes) {
        Inputs inputs = inputs(year).orElseThrow(() -> refused("allocation.voteNotOver"));
        return AllocationPlan.standard(minimumVotes).stream()
                .map(plan -> DepartmentAllocation.allocate(plan, inputs.candidates(), inputs.budgets())).toList();
    }

    /** Records a computation as provisional; it replaces an earlier provisional one, never a decided one. */
    public AllocationRun compute(int year, AllocationPlan plan) {
        Inputs inputs = inputs(year).orElseThrow(() -> refused("allocation.voteNotOver"));
        List<AllocationRun> previous = runs.of(inputs.campaign().id());
        if (previous.stream().anyMatch(AllocationRun::isDecided)) {
            throw refused("allocation.alreadyDecided");
        }
        previous.stream().filter(r -> r.status() == RunStatus.PROVISIONAL).forEach(AllocationRun::supersede);
        Allocation allocation = DepartmentAllocation.allocate(plan, inputs.candidates(), inputs.budgets());
        AllocationRun run = AllocationRun.record(inputs.campaign().id(), allocation, inputs.hash(), caller(), Instant.now(clock));
        runs.store(run);
        audit.record(caller(), "allocation.compute", "campaign:" + year, null, plan.code() + " " + inputs.hash());
        return run;
    }

    public void validate(long runId, LocalDate decisionDate, String deliberation) {
        AllocationRun run = runs.find(runId).orElseThrow();
        run.validate(decisionDate, deliberation);
        followUp.open(run);
        audit.record(caller(), "allocation.validate", "run:" + runId, "PROVISIONAL", decisionDate + " " + deliberation);
    }

    public void publish(long runId) {
        AllocationRun run = runs.find(runId).orElseThrow();
        run.publish(Instant.now(clock));
        audit.record(caller(), "allocation.publish", "run:" + runId, "VALIDATED", "PUBLISHED");
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
            budgets.put(category.code(), category.envelopePart().map(AllocationService::cents)
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidFieldsException refused(String key) {
        return new InvalidFieldsException(List.of(new InvalidFieldsException.Problem("allocation", key)));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
