package fr.budgetcitoyen.idea;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Theme;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An idea of general interest deposited by a resident, an association or a collective during the ideas
 * step. Agents publish it in the gallery or refuse it with a reason the author receives.
 */
@Entity
@Table(name = "idea")
public class Idea extends IdentifiedEntity {

    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "commune_insee_code", nullable = false, length = 5)
    private String communeInseeCode;

    @Column(name = "territory_code", nullable = false, length = 40)
    private String territoryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Theme theme;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "idea_help", joinColumns = @JoinColumn(name = "idea_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "help", length = 40)
    private Set<HelpNeeded> helpNeeded = EnumSet.noneOf(HelpNeeded.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IdeaStatus status = IdeaStatus.SUBMITTED;

    @Column(name = "refusal_reason", length = 1000)
    private String refusalReason;

    @Column(name = "precision_request", length = 1000)
    private String precisionRequest;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "deposited_at", nullable = false)
    private Instant depositedAt;

    @Version
    private long version;

    protected Idea() {
        // for JPA
    }

    /** Deposits an idea while the ideas step is open; every invalid field is reported at once. */
    public static Idea deposit(Campaign campaign, long authorId, IdeaDraft draft, String territoryCode,
                               LocalDate today, Instant now) {
        campaign.requireOpen(PhaseType.IDEAS, today);
        new InvalidFieldsException.Check()
                .text(draft.title(), TITLE_MAX, "title", "idea.title")
                .text(draft.description(), DESCRIPTION_MAX, "description", "idea.description")
                .require(draft.communeInseeCode() != null && territoryCode != null, "commune", "idea.commune.required")
                .require(draft.theme() != null, "theme", "idea.theme.required")
                .orThrow();
        Idea idea = new Idea();
        idea.campaign = campaign;
        idea.authorId = authorId;
        idea.title = draft.title().strip();
        idea.description = draft.description().strip();
        idea.communeInseeCode = draft.communeInseeCode();
        idea.territoryCode = territoryCode;
        idea.theme = draft.theme();
        idea.helpNeeded = draft.helpNeeded().isEmpty() ? EnumSet.noneOf(HelpNeeded.class) : EnumSet.copyOf(draft.helpNeeded());
        idea.depositedAt = Objects.requireNonNull(now, "now");
        return idea;
    }

    public void publish() {
        requireSubmitted();
        status = IdeaStatus.PUBLISHED;
    }

    /** Refused with a reason the author is told: never a silent refusal. */
    public void refuse(String reason) {
        requireSubmitted();
        new InvalidFieldsException.Check().text(reason, 1000, "reason", "idea.reason").orThrow();
        status = IdeaStatus.REFUSED;
        refusalReason = reason.strip();
    }

    /** Agents need more before deciding: the question goes to the author, the idea waits for the answer. */
    public void askPrecision(String question) {
        requireSubmitted();
        new InvalidFieldsException.Check().text(question, 1000, "reason", "idea.question").orThrow();
        status = IdeaStatus.PRECISION_REQUESTED;
        precisionRequest = question.strip();
    }

    /** The author answers by completing the description; the idea goes back to moderation. */
    public void clarify(long authorId, String description) {
        if (status != IdeaStatus.PRECISION_REQUESTED || this.authorId != authorId) {
            throw new IllegalStateException("Idea " + id() + " awaits no precision from " + authorId);
        }
        new InvalidFieldsException.Check().text(description, DESCRIPTION_MAX, "description", "idea.description").orThrow();
        this.description = description.strip();
        status = IdeaStatus.SUBMITTED;
    }

    /**
     * A duplicate joins an idea of the same edition already in the gallery: it leaves the moderation queue,
     * and its author is pointed to the idea that carries it on.
     */
    public void mergeInto(Idea target) {
        requireSubmitted();
        if (target == this || target.status != IdeaStatus.PUBLISHED || !sameCampaign(target)) {
            throw new InvalidFieldsException(List.of(new InvalidFieldsException.Problem("target", "idea.merge.target")));
        }
        status = IdeaStatus.MERGED;
        mergedIntoId = target.id();
    }

    private boolean sameCampaign(Idea other) {
        return other.campaign == campaign || campaign.id() != null && campaign.id().equals(other.campaign.id());
    }

    private void requireSubmitted() {
        if (status != IdeaStatus.SUBMITTED) {
            throw new IllegalStateException("Idea " + id() + " was already moderated: " + status);
        }
    }

    public boolean isPublished() {
        return status == IdeaStatus.PUBLISHED;
    }

    public Campaign campaign() { return campaign; }

    public Long authorId() { return authorId; }

    public String title() { return title; }

    public String description() { return description; }

    public String communeInseeCode() { return communeInseeCode; }

    public String territoryCode() { return territoryCode; }

    public Theme theme() { return theme; }

    public Set<HelpNeeded> helpNeeded() {
        return Set.copyOf(helpNeeded);
    }

    public IdeaStatus status() { return status; }

    public String refusalReason() { return refusalReason; }

    public String precisionRequest() { return precisionRequest; }

    public Long mergedIntoId() { return mergedIntoId; }

    public boolean awaitsPrecision() {
        return status == IdeaStatus.PRECISION_REQUESTED;
    }

    public Instant depositedAt() { return depositedAt; }
}
