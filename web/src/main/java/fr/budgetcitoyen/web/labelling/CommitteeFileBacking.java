package fr.budgetcitoyen.web.labelling;

import fr.budgetcitoyen.campaign.PhaseClosedException;
import fr.budgetcitoyen.labelling.AlreadyAssessedException;
import fr.budgetcitoyen.labelling.Assessment;
import fr.budgetcitoyen.labelling.EssMarker;
import fr.budgetcitoyen.labelling.LabellingService;
import fr.budgetcitoyen.labelling.NotSeatedException;
import fr.budgetcitoyen.labelling.Radar;
import fr.budgetcitoyen.project.Attachment;
import fr.budgetcitoyen.project.AttachmentService;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectStatus;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.PageSubject;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One file before the committee, {@code /committee-file?id=N}: the member's checklist and scores (or a
 * conflict of interest), the radar of every member and the average, and for agents the decision and the
 * commission's validation.
 */
@Named
@ViewScoped
public class CommitteeFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private LabellingService labelling;
    @EJB private AttachmentService attachments;

    @Inject @Param(name = "id") private String id;

    private final PageSubject<Project> file = new PageSubject<>();
    private transient List<Assessment> assessments;
    private boolean structure;
    private boolean territory;
    private boolean competence;
    private boolean category;
    private final Map<EssMarker, Integer> scores = new EnumMap<>(EssMarker.class);
    private String comment;
    private ProjectStatus decision;
    private String motivation;
    private String reference;
    private transient Boolean seated;

    @PostConstruct
    void load() {
        file.load(id, labelling::file, "Dossier inconnu");
    }

    /** Read once (the page asks many times), and again after an action changed it. */
    public Project getFile() {
        return file.get(labelling::file);
    }

    public List<Assessment> getAssessments() {
        if (assessments == null) {
            assessments = labelling.assessments(file.id());
        }
        return assessments;
    }

    public List<Attachment> getAttachments() {
        return attachments.of(file.id());
    }

    public Radar getAverage() {
        return Radar.of(getAssessments());
    }

    public Radar radarOf(Assessment assessment) {
        return Radar.of(List.of(assessment));
    }

    /** Whether the signed-in member still has to assess this file. */
    public boolean isToAssess() {
        long me = labelling.caller().id();
        return isSeated() && getFile().status() == ProjectStatus.SUBMITTED
                && getAssessments().stream().noneMatch(a -> a.memberId() == me);
    }

    /** A committee member who holds no seat on this edition's committee is told so, and cannot assess. */
    public boolean isSeated() {
        if (seated == null) {
            seated = Faces.isUserInRole("COMMITTEE_MEMBER") && labelling.isSeatedFor(file.id());
        }
        return seated;
    }

    public void score() {
        act(() -> labelling.score(file.id(), new Assessment.Checklist(structure, territory, competence, category), scores, comment),
                "assessment.saved");
    }

    public void declareConflict() {
        act(() -> labelling.declareConflict(file.id()), "assessment.conflictSaved");
    }

    public void decide() {
        if (decision == null) {
            Messages.addError("decision:outcome", Texts.get("decision.required"));
            Faces.validationFailed();
            return;
        }
        act(() -> labelling.decide(file.id(), decision, motivation), "decision.saved");
    }

    public void validate() {
        act(() -> labelling.validate(file.id(), reference), "commission.saved");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            file.forget();
            assessments = null;
            Messages.addGlobalInfo(Texts.get(doneKey));
        } catch (InvalidFieldsException invalid) {
            invalid.problems().forEach(p -> {
                if (p.field().startsWith("score-")) { // one select per marker: name the marker in the message
                    Messages.addGlobalError(Texts.get("marker." + p.field().substring("score-".length())) + " : " + Texts.get(p.key()));
                } else {
                    Messages.addError(formOf(p.field()) + ":" + p.field(), Texts.get(p.key()));
                }
            });
            Faces.validationFailed();
        } catch (NotSeatedException notSeated) {
            Messages.addGlobalError(Texts.get("assessment.notSeated"));
        } catch (AlreadyAssessedException already) {
            Messages.addGlobalError(Texts.get("assessment.already"));
        } catch (PhaseClosedException closed) {
            Messages.addGlobalError(Texts.get(closed.messageKey()));
        }
    }

    private static String formOf(String field) {
        return switch (field) {
            case "motivation" -> "decision";
            case "reference" -> "commission";
            default -> "assessment";
        };
    }

    /** 0 to 4 as Integers, the type the radio's converter gives (EL literals would be Longs). */
    public List<Integer> getScoreValues() {
        return java.util.stream.IntStream.rangeClosed(0, EssMarker.MAX_SCORE).boxed().toList();
    }

    public EssMarker[] getMarkers() {
        return EssMarker.values();
    }

    public List<ProjectStatus> getDecisions() {
        return List.of(ProjectStatus.LABELLED, ProjectStatus.CHANGES_REQUESTED, ProjectStatus.NOT_LABELLED);
    }

    public Map<EssMarker, Integer> getScores() { return scores; }

    public boolean isStructure() { return structure; }

    public void setStructure(boolean structure) { this.structure = structure; }

    public boolean isTerritory() { return territory; }

    public void setTerritory(boolean territory) { this.territory = territory; }

    public boolean isCompetence() { return competence; }

    public void setCompetence(boolean competence) { this.competence = competence; }

    public boolean isCategory() { return category; }

    public void setCategory(boolean category) { this.category = category; }

    public String getComment() { return comment; }

    public void setComment(String comment) { this.comment = comment; }

    public ProjectStatus getDecision() { return decision; }

    public void setDecision(ProjectStatus decision) { this.decision = decision; }

    public String getMotivation() { return motivation; }

    public void setMotivation(String motivation) { this.motivation = motivation; }

    public String getReference() { return reference; }

    public void setReference(String reference) { this.reference = reference; }
}
