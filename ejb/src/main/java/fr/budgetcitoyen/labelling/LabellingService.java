package fr.budgetcitoyen.labelling;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.Caller;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.mail.Notifier;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectRepository;
import fr.budgetcitoyen.project.ProjectStatus;
import fr.budgetcitoyen.structure.StructureAttachment;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The labelling committee's work on the submitted files: members assess (or declare a conflict of
 * interest), agents record the decision — mailed to the carrier — and the commission's validation.
 */
@Stateless
@RolesAllowed({"COMMITTEE_MEMBER", "AGENT", "ADMIN"})
public class LabellingService {

    @EJB private Caller caller;
    @EJB private CampaignService campaigns;
    @Inject private ProjectRepository projects;
    @PersistenceContext private EntityManager em;
    @Inject private CommitteeRepository committees;
    @EJB private AuditLog audit;
    @Inject private Notifier notifier;
    @Inject private StructureAttachment structures;

    public Optional<Campaign> sitting() {
        return campaigns.openFor(PhaseType.LABELLING_COMMITTEE);
    }

    /** The files of the sitting committee: submitted ones to assess, then those decided. */
    public List<Project> files() {
        return sitting().map(c -> List.of(ProjectStatus.SUBMITTED, ProjectStatus.LABELLED, ProjectStatus.VALIDATED,
                        ProjectStatus.NOT_LABELLED, ProjectStatus.CHANGES_REQUESTED).stream()
                .flatMap(status -> projects.findByCampaignAndStatus(c, status).stream()).toList()).orElse(List.of());
    }

    public Optional<Project> file(long id) {
        return projects.find(id).filter(p -> p.status() != ProjectStatus.DRAFT);
    }

    public List<Assessment> assessments(long projectId) {
        return projects.find(projectId).map(p -> em.createNamedQuery("Assessment.ofProject", Assessment.class)
                .setParameter("project", p).getResultList()).orElse(List.of());
    }

    @PermitAll
    public Radar radarOf(long projectId) {
        return Radar.of(assessments(projectId));
    }

    @RolesAllowed("COMMITTEE_MEMBER")
    public void declareConflict(long projectId) {
        Account member = caller();
        requireNotYetAssessed(projectId, member);
        em.persist(Assessment.conflictOfInterest(projects.find(projectId).orElseThrow(), member.id(), member.displayName(),
                campaigns.today()));
        audit.record(member.email(), "assessment.conflict", "project:" + projectId, null, "conflict of interest");
    }

    @RolesAllowed("COMMITTEE_MEMBER")
    public void score(long projectId, Assessment.Checklist checklist, Map<EssMarker, Integer> scores, String comment) {
        Account member = caller();
        requireNotYetAssessed(projectId, member);
        em.persist(Assessment.score(projects.find(projectId).orElseThrow(), member.id(), member.displayName(), checklist,
                scores, comment, campaigns.today()));
        audit.record(member.email(), "assessment.score", "project:" + projectId, null, scores.toString());
    }

    /** Whether the caller sits on the committee of the file's edition. */
    @RolesAllowed("COMMITTEE_MEMBER")
    public boolean isSeatedFor(long projectId) {
        long me = caller().id();
        return projects.find(projectId).map(p -> committees.of(p.campaign().id()).isSeated(me)).orElse(false);
    }

    /** Only a seated member who has not declared a conflict, nor scored yet, may score. */
    private void requireNotYetAssessed(long projectId, Account member) {
        if (!isSeatedFor(projectId)) {
            throw new NotSeatedException();
        }
        if (assessments(projectId).stream().anyMatch(a -> a.memberId().equals(member.id()))) {
            throw new AlreadyAssessedException();
        }
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public void decide(long projectId, ProjectStatus decision, String motivation) {
        Project file = projects.find(projectId).orElseThrow();
        file.decide(decision, motivation);
        if (decision == ProjectStatus.LABELLED) {
            structures.attach(file); // a labelled project joins the inventory of structures at once
        }
        audit.record(caller().email(), "file.decision", "project:" + projectId, "SUBMITTED", decision + ": " + motivation);
        notifier.noticeIfActive(file.ownerId(), "projectDecision", file.title(), motivation, "/my-file?id=" + projectId);
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public void validate(long projectId, String commissionReference) {
        Project file = projects.find(projectId).orElseThrow();
        file.validateForBallot(commissionReference);
        audit.record(caller().email(), "file.validate", "project:" + projectId, "LABELLED", "VALIDATED " + commissionReference);
    }

    public Account caller() {
        return caller.account();
    }
}
