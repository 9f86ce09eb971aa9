package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One yearly edition of the Budget citoyen: its envelope, its dated calendar and its categories.
 * What is open on a given day is derived from the calendar, never stored.
 */
@Entity
@Table(name = "campaign")
@NamedQuery(name = "Campaign.findByYear", query = "select c from Campaign c where c.year = :year")
@NamedQuery(name = "Campaign.findByStatus", query = "select c from Campaign c where c.status = :status order by c.year desc")
@NamedQuery(name = "Campaign.findAll", query = "select c from Campaign c order by c.year desc")
@NamedQuery(name = "Campaign.count", query = "select count(c) from Campaign c")
public class Campaign extends IdentifiedEntity {

    static final int FIRST_EDITION = 2018;

    @Column(name = "edition_year", nullable = false, unique = true)
    private int year;

    @Column(nullable = false, length = 200)
    private String title;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "envelope", precision = 14, scale = 2, nullable = false))
    private Money envelope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Embedded
    private EditionFigures reportedFigures;

    /** Whether the ballots stored for this edition are the demo's synthetic ones, not residents' votes. */
    @Column(name = "demo_ballots", nullable = false)
    private boolean demoBallots;

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("period.firstDay, type")
    private List<Phase> phases = new ArrayList<>();

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("displayOrder")
    private List<Category> categories = new ArrayList<>();

    /** Who may carry a project file this year; every ESS legal form unless agents restrict it. */
    @ElementCollection
    @CollectionTable(name = "campaign_legal_form", joinColumns = @JoinColumn(name = "campaign_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", length = 40)
    private Set<LegalForm> eligibleLegalForms = EnumSet.allOf(LegalForm.class);

    @Version
    private long version;

    protected Campaign() {
        // for JPA
    }

    public Campaign(int year, String title, Money envelope) {
        if (year < FIRST_EDITION) {
            throw new IllegalArgumentException("The Budget citoyen started in " + FIRST_EDITION + ": " + year);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A campaign needs a title");
        }
        Objects.requireNonNull(envelope, "envelope");
        if (envelope.isNegative() || envelope.isZero()) {
            throw new IllegalArgumentException("The envelope must be positive: " + envelope);
        }
        this.year = year;
        this.title = title.strip();
        this.envelope = envelope;
    }

    /** A new edition as agents create it: every invalid field is reported at once. */
    public static Campaign draft(Integer year, String title, Money envelope) {
        new InvalidFieldsException.Check()
                .require(year != null && year >= FIRST_EDITION && year <= 2100, "year", "campaign.year.range")
                .text(title, 200, "title", "campaign.title")
                .require(envelope != null && !envelope.isNegative() && !envelope.isZero(), "envelope", "campaign.envelope.positive")
                .orThrow();
        return new Campaign(year, title, envelope);
    }

    /** Renames the edition or changes its envelope (before any allocation was decided). */
    public void describe(String newTitle, Money newEnvelope) {
        describe(newTitle, newEnvelope, false);
    }

    /**
     * Renames the edition or changes its envelope. The envelope stays what the Commission permanente's
     * decision shared once an allocation is decided (the grants were computed from it), and never drops
     * below a category's ceiling per project (a typo: a single project could not get what it may).
     */
    public void describe(String newTitle, Money newEnvelope, boolean allocationDecided) {
        boolean positive = newEnvelope != null && !newEnvelope.isNegative() && !newEnvelope.isZero();
        new InvalidFieldsException.Check()
                .text(newTitle, 200, "title", "campaign.title")
                .require(positive, "envelope", "campaign.envelope.positive")
                .require(!positive || !allocationDecided || newEnvelope.equals(envelope), "envelope", "campaign.envelope.decided")
                .require(!positive || categories.stream().noneMatch(c -> c.supportRule().ceiling().isGreaterThan(
                        CategoryDraft.partOf(newEnvelope, c.envelopeSharePercent().orElse(null)))),
                        "envelope", "campaign.envelope.belowCeiling")
                .orThrow();
        title = newTitle.strip();
        envelope = newEnvelope;
    }

    /**
     * Replaces the calendar with the dates typed for each step. A public edition must keep a calendar that
     * follows the process (the rules of {@link CalendarRules}); a draft may be incomplete until published.
     */
    public void replan(List<PhaseDates> dates) {
        CalendarRules.checkTyped(dates);
        List<PhaseDates> before = calendar().dates();
        apply(dates);
        List<String> problems = calendar().problems();
        if (isPublic() && !problems.isEmpty()) {
            phases.removeIf(p -> before.stream().noneMatch(b -> b.type() == p.type()));
            apply(before);
            throw new InvalidFieldsException(problems.stream().map(k -> new InvalidFieldsException.Problem("calendar", k)).toList());
        }
    }

    private void apply(List<PhaseDates> dates) {
        for (PhaseDates d : dates) {
            if (d.isEmpty()) {
                phases.removeIf(p -> p.type() == d.type());
            } else {
                schedule(d.type(), d.start(), d.end());
            }
        }
    }

    /**
     * Adds a category, or revises the one with that code; the categories' envelope shares stay within
     * 100 %, and a project's ceiling within what the category shares (its part, or the whole envelope).
     */
    public Category planCategory(CategoryDraft draft) {
        Optional<Category> existing = draft.code() == null ? Optional.empty() : category(draft.code());
        BigDecimal othersShares = categories.stream().filter(c -> existing.map(e -> e != c).orElse(true))
                .map(c -> c.envelopeSharePercent().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
        draft.check(envelope, othersShares);
        SupportRule rule = new SupportRule(draft.maxSharePercent(), draft.ceiling());
        Category category = existing.orElseGet(() -> addCategory(draft.code(), draft.name(), draft.description(), rule));
        category.revise(draft.name(), draft.description(), rule, draft.envelopeSharePercent());
        return category;
    }

    /** Restricts who may carry a project this year; at least one legal form stays eligible. */
    public void admit(Set<LegalForm> forms) {
        new InvalidFieldsException.Check().require(forms != null && !forms.isEmpty(), "legalForms", "campaign.legalForms.required").orThrow();
        eligibleLegalForms.clear();
        eligibleLegalForms.addAll(forms);
    }

    public boolean isEligible(LegalForm form) {
        return eligibleLegalForms.contains(form);
    }

    public Set<LegalForm> eligibleLegalForms() {
        return eligibleLegalForms.isEmpty() ? EnumSet.noneOf(LegalForm.class) : EnumSet.copyOf(eligibleLegalForms);
    }

    /** Sets (or moves) the dates of a step of the process. */
    public Phase schedule(PhaseType type, LocalDate start, LocalDate end) {
        Optional<Phase> existing = calendar().phase(type);
        if (existing.isPresent()) {
            existing.get().reschedule(start, end);
            return existing.get();
        }
        Phase phase = new Phase(this, type, start, end);
        phases.add(phase);
        return phase;
    }

    public Category addCategory(String code, String name, String description, SupportRule rule) {
        boolean taken = categories.stream().anyMatch(c -> c.code().equalsIgnoreCase(code));
        if (taken) {
            throw new IllegalArgumentException("Category " + code + " already exists in " + year);
        }
        Category category = new Category(this, code, name, description, rule, categories.size() + 1);
        categories.add(category);
        return category;
    }

    /** Publishes a coherent campaign: a calendar that follows the process, and categories. */
    public void publish() {
        List<String> problems = calendar().problems();
        if (!problems.isEmpty() || categories.isEmpty()) {
            throw new IllegalStateException("A campaign is published with a coherent calendar and its categories: "
                    + (categories.isEmpty() ? "no category" : problems));
        }
        status = CampaignStatus.PUBLISHED;
    }

    public void archive() {
        status = CampaignStatus.ARCHIVED;
    }

    public void recordFigures(EditionFigures figures) {
        this.reportedFigures = Objects.requireNonNull(figures, "figures");
    }

    /** Said of an edition whose ballots the demo data made up, so that no page passes them off as the residents' vote. */
    public void carryDemoBallots() {
        demoBallots = true;
    }

    public boolean hasDemoBallots() { return demoBallots; }

    /** The dated steps and what they say about a day: built from the phases each time, so never stale. */
    public EditionCalendar calendar() {
        return new EditionCalendar(phases);
    }

    /** Refuses an action of a step that is not open that day, or of an edition not yet public. */
    public void requireOpen(PhaseType type, LocalDate day) {
        if (!isPublic() || !calendar().isOpen(type, day)) {
            throw new PhaseClosedException(this, type);
        }
    }

    public Optional<Category> category(String code) {
        return categories.stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst();
    }

    public boolean isPublic() {
        return status != CampaignStatus.DRAFT;
    }

    public int year() { return year; }

    public String title() { return title; }

    public Money envelope() { return envelope; }

    public CampaignStatus status() { return status; }

    public Optional<EditionFigures> reportedFigures() {
        return Optional.ofNullable(reportedFigures);
    }

    public List<Category> categories() {
        return List.copyOf(categories);
    }

    /** The highest ceiling among the categories: the most a single project can receive. */
    public Optional<Money> highestCeiling() {
        return categories.stream().map(c -> c.supportRule().ceiling()).max(Comparator.naturalOrder());
    }

    @Override
    public String toString() {
        return "Campaign " + year;
    }
}
