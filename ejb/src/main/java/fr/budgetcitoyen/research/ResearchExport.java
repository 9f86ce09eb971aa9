package fr.budgetcitoyen.research;

import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.allocation.plan.AllocationRunRepository;
import fr.budgetcitoyen.allocation.AllocationService;
import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.allocation.plan.Candidate;
import fr.budgetcitoyen.allocation.plan.GrantRecord;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignRepository;
import fr.budgetcitoyen.followup.FollowUpRepository;
import fr.budgetcitoyen.followup.FundedProject;
import fr.budgetcitoyen.followup.Impact;
import fr.budgetcitoyen.followup.Instalment;
import fr.budgetcitoyen.followup.StatusReport;
import fr.budgetcitoyen.labelling.Assessment;
import fr.budgetcitoyen.labelling.Radar;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectRepository;
import fr.budgetcitoyen.project.ProjectStatus;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.vote.BallotPublication;
import fr.budgetcitoyen.vote.TurnoutService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The research datasets, for an account holding an active grant ({@link ResearchGrant}); each download is audited,
 * in the researcher's own data too (the entry names them). Only public editions; never a ballot or a participation
 * as such, only counts, and the turnout only once an edition's vote is over, as on the public pages.
 */
@Stateless
@RolesAllowed("RESIDENT")
public class ResearchExport {

    @PersistenceContext private EntityManager em;
    @Inject private ResearchGrantRepository grants;
    @Inject private AccountRepository accounts;
    @Inject private CampaignRepository campaigns;
    @Inject private ProjectRepository projects;
    @Inject private AllocationRunRepository runs;
    @Inject private FollowUpRepository followUp;
    @EJB private AllocationService allocations;
    @EJB private TurnoutService turnout;
    @EJB private AuditLog audit;
    @Resource private SessionContext context;
    @Inject private Clock clock;

    /** Every project file of the public editions (drafts aside), anonymised ({@link ProjectRecord}). */
    public List<ProjectRecord> projects() {
        downloading(Dataset.PROJECTS);
        int minimumGroup = turnout.settings().minimumGroup();
        List<ProjectRecord> records = new ArrayList<>();
        for (Campaign campaign : campaigns.findPublic()) {
            Map<Long, Long> votes = allocations.inputs(campaign.year()).map(i -> i.candidates().stream()
                    .collect(Collectors.toMap(Candidate::projectId, Candidate::votes, Long::sum))).orElse(Map.of());
            Map<Long, Money> granted = runs.of(campaign.id()).stream().filter(AllocationRun::isDecided).findFirst()
                    .map(r -> r.grants().stream().collect(Collectors.toMap(GrantRecord::projectId,
                            g -> Money.euros(BigDecimal.valueOf(g.grantCents(), 2)), Money::plus)))
                    .orElse(Map.of());
            List<FundedProject> funded = followUp.grantsOf(campaign.id());
            Map<Long, List<Instalment>> instalments = followUp.instalmentsOfGrants(funded.stream().map(FundedProject::id).toList())
                    .stream().collect(Collectors.groupingBy(Instalment::grantId));
            Map<Long, Long> grantOfProject = funded.stream().collect(Collectors.toMap(FundedProject::projectId, FundedProject::id));
            Map<Long, List<StatusReport>> reports = followUp.reportsOfProjects(granted.keySet()).stream()
                    .collect(Collectors.groupingBy(StatusReport::projectId));
            Map<Long, List<Assessment>> assessments = em.createQuery("select a from Assessment a where a.project.campaign = :c",
                    Assessment.class).setParameter("c", campaign).getResultList().stream()
                    .collect(Collectors.groupingBy(a -> a.project().id()));
            for (Project p : projects.findByCampaign(campaign)) {
                if (p.status() != ProjectStatus.DRAFT) {
                    Long grantId = grantOfProject.get(p.id());
                    Money paid = Instalment.paid(grantId == null ? List.of() : instalments.getOrDefault(grantId, List.of()));
                    records.add(ProjectRecord.of(p, Radar.of(assessments.getOrDefault(p.id(), List.of())), minimumGroup,
                            votes.get(p.id()), granted.get(p.id()), paid, Impact.latest(reports.getOrDefault(p.id(), List.of()))));
                }
            }
        }
        return records;
    }

    /** Voters by edition × territory × age band, once each vote is over, small groups suppressed ({@link CrossedTurnout}). */
    public List<EditionTurnout> turnout() {
        downloading(Dataset.TURNOUT);
        int minimumGroup = turnout.settings().minimumGroup();
        LocalDate today = LocalDate.now(clock);
        return campaigns.findPublic().stream().filter(c -> BallotPublication.isPublished(c, today))
                .map(c -> new EditionTurnout(c.year(), CrossedTurnout.publishable(cells(c), minimumGroup))).toList();
    }

    private List<CrossedTurnout.Cell> cells(Campaign campaign) {
        return em.createQuery("select p.territoryCode, p.ageBand, count(distinct p.voterId) from Participation p"
                        + " where p.campaignId = :c group by p.territoryCode, p.ageBand order by p.territoryCode, p.ageBand", Object[].class)
                .setParameter("c", campaign.id()).getResultList().stream()
                .map(row -> new CrossedTurnout.Cell((String) row[0], String.valueOf(row[1]), ((Number) row[2]).longValue())).toList();
    }

    /** Refuses without an active grant; audits the download, naming the researcher as its subject. */
    private void downloading(Dataset dataset) {
        String caller = context.getCallerPrincipal().getName();
        List<ResearchGrant> mine = accounts.findByEmail(caller).map(a -> grants.ofAccount(a.id())).orElse(List.of());
        ResearchGrant grant = ResearchGrant.requireActive(mine, LocalDate.now(clock));
        audit.record(caller, "research.download", caller, null, dataset.fileName() + " (accès n° " + grant.id() + ")");
    }
}
