package fr.budgetcitoyen.labelling;

import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectStatus;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One committee member's reading of one file: the eligibility checklist and a score per ESS marker —
 * or a declared conflict of interest, after which that member cannot score the file.
 */
@Entity
@Table(name = "assessment")
@NamedQuery(name = "Assessment.ofProject", query = "select a from Assessment a where a.project = :project order by a.id")
public class Assessment extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "member_name", nullable = false, length = 120)
    private String memberName;

    @Column(name = "conflict_of_interest", nullable = false)
    private boolean conflictOfInterest;

    @Column(name = "eligible_structure")
    private boolean eligibleStructure;
    @Column(name = "eligible_territory")
    private boolean eligibleTerritory;
    @Column(name = "eligible_competence")
    private boolean eligibleCompetence;
    @Column(name = "eligible_category")
    private boolean eligibleCategory;

    @Column(name = "score_innovation")
    private Integer innovation;
    @Column(name = "score_cooperation")
    private Integer cooperation;
    @Column(name = "score_practices")
    private Integer practices;
    @Column(name = "score_transformation")
    private Integer transformation;
    @Column(name = "score_anchoring")
    private Integer anchoring;

    @Column(length = 2000)
    private String comment;

    protected Assessment() {
        // for JPA
    }

    private Assessment(Project project, long memberId, String memberName, LocalDate today) {
        project.campaign().requireOpen(PhaseType.LABELLING_COMMITTEE, today);
        if (project.status() != ProjectStatus.SUBMITTED) {
            throw new IllegalStateException("Only submitted files are assessed, not " + project.status());
        }
        this.project = project;
        this.memberId = memberId;
        this.memberName = Objects.requireNonNull(memberName, "memberName");
    }

    /** The member declares a conflict of interest: they will not score this file. */
    public static Assessment conflictOfInterest(Project project, long memberId, String memberName, LocalDate today) {
        Assessment assessment = new Assessment(project, memberId, memberName, today);
        assessment.conflictOfInterest = true;
        return assessment;
    }

    public static final int MAX_COMMENT = 2000;

    public static Assessment score(Project project, long memberId, String memberName, Checklist checklist,
                                   Map<EssMarker, Integer> scores, String comment, LocalDate today) {
        InvalidFieldsException.Check check = new InvalidFieldsException.Check();
        for (EssMarker marker : EssMarker.values()) {
            Integer score = scores.get(marker);
            check.require(score != null && score >= 0 && score <= EssMarker.MAX_SCORE, "score-" + marker, "assessment.score.range");
        }
        check.require(comment == null || comment.strip().length() <= MAX_COMMENT, "comment", "assessment.comment.tooLong");
        check.orThrow();
        Assessment assessment = new Assessment(project, memberId, memberName, today);
        assessment.eligibleStructure = checklist.structure();
        assessment.eligibleTerritory = checklist.territory();
        assessment.eligibleCompetence = checklist.competence();
        assessment.eligibleCategory = checklist.category();
        assessment.innovation = scores.get(EssMarker.SOCIETAL_INNOVATION);
        assessment.cooperation = scores.get(EssMarker.COOPERATION);
        assessment.practices = scores.get(EssMarker.ESS_PRACTICES);
        assessment.transformation = scores.get(EssMarker.TRANSFORMATION);
        assessment.anchoring = scores.get(EssMarker.TERRITORIAL_ANCHORING);
        assessment.comment = comment == null || comment.isBlank() ? null : comment.strip();
        return assessment;
    }

    /** The eligibility checklist: structure of the ESS, in the Pas-de-Calais, a département competence, the category's criteria. */
    public record Checklist(boolean structure, boolean territory, boolean competence, boolean category) {
        public boolean allMet() {
            return structure && territory && competence && category;
        }
    }

    public Map<EssMarker, Integer> scores() {
        Map<EssMarker, Integer> scores = new EnumMap<>(EssMarker.class);
        if (!conflictOfInterest) {
            scores.put(EssMarker.SOCIETAL_INNOVATION, innovation);
            scores.put(EssMarker.COOPERATION, cooperation);
            scores.put(EssMarker.ESS_PRACTICES, practices);
            scores.put(EssMarker.TRANSFORMATION, transformation);
            scores.put(EssMarker.TERRITORIAL_ANCHORING, anchoring);
        }
        return scores;
    }

    public Checklist checklist() {
        return new Checklist(eligibleStructure, eligibleTerritory, eligibleCompetence, eligibleCategory);
    }

    public boolean isConflictOfInterest() { return conflictOfInterest; }

    public Long memberId() { return memberId; }

    public String memberName() { return memberName; }

    public String comment() { return comment; }

    public Project project() { return project; }
}
