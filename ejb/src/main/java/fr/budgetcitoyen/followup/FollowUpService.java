package fr.budgetcitoyen.followup;

import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.allocation.plan.AllocationRunRepository;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignRepository;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectRepository;
import fr.budgetcitoyen.shared.Money;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The follow-up of funded projects: grants opened from the Commission permanente's decision, agreements
 * and instalments recorded by the Mission ESS, yearly status reports filed by each carrier for their own
 * projects only, and the impact of each edition for everyone.
 */
@Stateless
public class FollowUpService {

    /** A funded project with its file, what was paid, and its latest report. */
    public record GrantLine(FundedProject grant, Project project, Money paid, Optional<StatusReport> latest) {

        public Money remaining() {
            return grant.granted().minus(paid);
        }
    }

    @Resource private SessionContext context;
    @Inject private FollowUpRepository followUp;
    @Inject private CampaignRepository campaigns;
    @Inject private AllocationRunRepository runs;
    @Inject private ProjectRepository projects;
    @Inject private AccountRepository accounts;
    @EJB private AuditLog audit;
    @Inject private Clock clock;

    /** The editions whose allocation was decided, newest first: the ones that have a follow-up. */
    @PermitAll
    public List<Integer> followedYears() {
        Set<Long> decided = Set.copyOf(runs.decidedCampaignIds());
        return campaigns.findAll().stream().filter(c -> decided.contains(c.id())).map(Campaign::year)
                .sorted(Comparator.reverseOrder()).toList();
    }

    /** Every funded project of an edition, its grants opened from the decision if not yet. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public List<GrantLine> grants(int year) {
        campaigns.findByYear(year).flatMap(this::decided).ifPresent(followUp::openGrantsOf);
        return lines(year);
    }

    @PermitAll
    public Impact impact(int year) {
        return Impact.of(lines(year).stream().map(l -> new Impact.Followed(l.grant(), l.paid(), l.latest())).toList());
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public Optional<GrantLine> grant(long grantId) {
        return followUp.grant(grantId).map(this::line);
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public List<Instalment> instalments(long grantId) {
        return followUp.instalmentsOf(grantId);
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public void signAgreement(long grantId, LocalDate signedOn) {
        FundedProject grant = followUp.grant(grantId).orElseThrow();
        grant.signAgreement(signedOn, LocalDate.now(clock));
        audit.record(caller(), "followup.agreement", "project:" + grant.projectId(), null, String.valueOf(signedOn));
    }

    /** An instalment, never beyond what remains of the grant (one agent at a time on a grant). */
    @RolesAllowed({"AGENT", "ADMIN"})
    public Instalment pay(long grantId, LocalDate paidOn, Money amount, String reference) {
        FundedProject grant = followUp.grantForUpdate(grantId).orElseThrow();
        Instalment instalment = grant.pay(paidOn, amount, reference, followUp.instalmentsOf(grantId), LocalDate.now(clock));
        instalment.recordedBy(caller(), Instant.now(clock));
        followUp.store(instalment);
        audit.record(caller(), "followup.instalment", "project:" + grant.projectId(), null, paidOn + " " + amount);
        return instalment;
    }

    /**
     * The contre-passation of a mistyped instalment: a reversal that names it and says why, under the
     * agent's name; the instalment stays in the list, cancelled, and what it counted is available again.
     */
    @RolesAllowed({"AGENT", "ADMIN"})
    public Instalment reverse(long grantId, long instalmentId, String reason) {
        FundedProject grant = followUp.grantForUpdate(grantId).orElseThrow();
        Instalment original = followUp.instalment(instalmentId).filter(i -> i.grantId() == grantId).orElseThrow();
        Instalment reversal = grant.reverse(original, reason, followUp.instalmentsOf(grantId));
        reversal.recordedBy(caller(), Instant.now(clock));
        followUp.store(reversal);
        audit.record(caller(), "followup.instalment.reversal", "project:" + grant.projectId(),
                original.paidOn() + " " + original.amount() + " #" + original.id(), "contre-passation : " + reversal.reason());
        return reversal;
    }

    /** The caller's own funded projects, newest first: five reads, whatever their number. */
    @RolesAllowed("RESIDENT")
    public List<GrantLine> mine() {
        return lines(followUp.grantsOfOwner(accounts.findByEmail(caller()).orElseThrow().id()));
    }

    /** One of the caller's funded projects; empty for anyone else's, as if it did not exist. */
    @RolesAllowed("RESIDENT")
    public Optional<GrantLine> mine(long projectId) {
        return mine().stream().filter(l -> l.project().id() == projectId).findFirst();
    }

    @RolesAllowed("RESIDENT")
    public List<StatusReport> myReports(long projectId) {
        return mine(projectId).map(l -> followUp.reportsOf(projectId)).orElse(List.of());
    }

    /** This year's report on one of the caller's funded projects; filed again, it replaces the first. */
    @RolesAllowed("RESIDENT")
    public StatusReport report(long projectId, StatusReport.Status status) {
        FundedProject grant = mine(projectId).orElseThrow().grant();
        int year = LocalDate.now(clock).getYear();
        Instant now = Instant.now(clock);
        Optional<StatusReport> existing = followUp.reportsOf(projectId).stream().filter(r -> r.year() == year).findFirst();
        StatusReport report = existing.orElseGet(() -> StatusReport.file(grant, year, status, caller(), now));
        if (existing.isPresent()) {
            report.revise(status, caller(), now);
        } else {
            followUp.store(report);
        }
        audit.record(caller(), "followup.report", "project:" + projectId, null, year + (status.active() ? " active" : " stopped"));
        return report;
    }

    /** An edition's grants with their projects, instalments and reports: five reads, whatever their number. */
    private List<GrantLine> lines(int year) {
        return campaigns.findByYear(year).map(campaign -> lines(followUp.grantsOf(campaign.id()))).orElse(List.of());
    }

    /** Grants with their projects, instalments and reports: one read of each. */
    private List<GrantLine> lines(List<FundedProject> grants) {
        Map<Long, Project> projectsById = projects.findAll(grants.stream().map(FundedProject::projectId).toList()).stream()
                .collect(Collectors.toMap(Project::id, Function.identity()));
        Map<Long, List<Instalment>> instalments = followUp.instalmentsOfGrants(grants.stream().map(FundedProject::id).toList())
                .stream().collect(Collectors.groupingBy(Instalment::grantId));
        Map<Long, List<StatusReport>> reports = followUp.reportsOfProjects(grants.stream().map(FundedProject::projectId).toList())
                .stream().collect(Collectors.groupingBy(StatusReport::projectId));
        return grants.stream().map(g -> line(g, projectsById.get(g.projectId()), instalments.getOrDefault(g.id(), List.of()),
                reports.getOrDefault(g.projectId(), List.of()))).toList();
    }

    private GrantLine line(FundedProject grant) {
        return line(grant, projects.find(grant.projectId()).orElseThrow(), followUp.instalmentsOf(grant.id()),
                followUp.reportsOf(grant.projectId()));
    }

    private static GrantLine line(FundedProject grant, Project project, List<Instalment> instalments, List<StatusReport> reports) {
        Money paid = Instalment.paid(instalments);
        return new GrantLine(grant, project, paid, Impact.latest(reports));
    }

    private Optional<AllocationRun> decided(Campaign campaign) {
        return runs.of(campaign.id()).stream().filter(AllocationRun::isDecided).findFirst();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
