package fr.budgetcitoyen.project;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.Territory;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A project carried by an ESS structure in one category of a campaign. The amount requested always
 * respects the category's support rule: the constructor refuses anything else.
 */
@Entity
@Table(name = "project")
@NamedQuery(name = "Project.findByCampaign",
        query = "select p from Project p join fetch p.category join fetch p.territory "
                + "where p.campaign = :campaign order by p.category.displayOrder, p.title")
@NamedQuery(name = "Project.findByOwner",
        query = "select p from Project p join fetch p.campaign left join fetch p.category where p.ownerId = :owner order by p.id desc")
@NamedQuery(name = "Project.findByCampaignAndStatus",
        query = "select p from Project p join fetch p.category left join fetch p.territory "
                + "where p.campaign = :campaign and p.status = :status order by p.title")
@NamedQuery(name = "Project.countByCampaignAndStatus",
        query = "select count(p) from Project p where p.campaign = :campaign and p.status = :status")
public class Project extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String summary;

    /** Null until the carrier types something (Hibernate reads all-empty columns so): read it through carrier(). */
    @Embedded
    private Carrier carrier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "territory_code")
    private Territory territory;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "total_cost", precision = 14, scale = 2))
    private Money totalCost;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "requested_amount", precision = 14, scale = 2))
    private Money requestedAmount;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Theme theme;

    /** The account that carries the file; demo and imported projects have none. */
    @Column(name = "owner_id")
    private Long ownerId;

    @ElementCollection // lazy: lists of projects never show it; the carrier's file fetches it (ProjectRepository.find)
    @CollectionTable(name = "project_budget_line", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "line_order")
    private List<BudgetLine> budget = new ArrayList<>();

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    /** Why the committee decided as it did; mailed to the carrier. */
    @Column(name = "decision_motivation", length = 2000)
    private String decisionMotivation;

    /** The commission's deliberation that put the project on the ballot. */
    @Column(name = "commission_reference", length = 100)
    private String commissionReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status = ProjectStatus.SUBMITTED;

    @Version
    private long version;

    protected Project() {
        // for JPA
    }

    public Project(Category category, String title, String summary, Carrier carrier, Territory territory,
                   Money totalCost, Money requestedAmount) {
        this.category = Objects.requireNonNull(category, "category");
        this.campaign = category.campaign();
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A project needs a title");
        }
        this.title = title.strip();
        this.summary = summary;
        this.carrier = Objects.requireNonNull(carrier, "carrier");
        this.territory = Objects.requireNonNull(territory, "territory");
        if (!category.supportRule().allows(requestedAmount, totalCost)) {
            throw new IllegalArgumentException("Requested " + requestedAmount + " exceeds what " + category.name()
                    + " allows for a cost of " + totalCost + ": " + category.supportRule().maximumGrantFor(totalCost));
        }
        this.totalCost = totalCost;
        this.requestedAmount = requestedAmount;
    }

    /** A new file in a category, started by its carrier while the project files step is open. */
    public static Project draft(Category category, long ownerId, String title, LocalDate today) {
        category.campaign().requireOpen(PhaseType.PROJECT_FILES, today);
        new InvalidFieldsException.Check().text(title, 200, "title", "file.title").orThrow();
        Project project = new Project();
        project.campaign = category.campaign();
        project.category = category;
        project.ownerId = ownerId;
        project.title = title.strip();
        project.status = ProjectStatus.DRAFT;
        return project;
    }

    /**
     * Saves what the carrier typed, complete or not (drafts autosave); the total cost is the sum of the
     * expenses, never typed. Only the carrier's own editable file, only while the step is open.
     */
    public void revise(ProjectFileDraft draft, Category newCategory, Territory newTerritory, LocalDate today) {
        requireEditable(today);
        if (newCategory != null && newCategory.campaign() != campaign) {
            throw new IllegalArgumentException("A file stays in its campaign");
        }
        ProjectFileRules.requireFitting(draft);
        category = newCategory == null ? category : newCategory;
        title = draft.title() == null || draft.title().isBlank() ? title : draft.title().strip();
        summary = draft.summary();
        theme = draft.theme();
        carrier = Carrier.typedIn(draft);
        territory = newTerritory;
        budget = new ArrayList<>(draft.budget());
        totalCost = sum(BudgetLine.Kind.EXPENSE);
        requestedAmount = draft.requested();
    }

    /** The carrier hands the file to the labelling committee; it becomes read-only for them. */
    public void submit(LocalDate today) {
        requireEditable(today);
        List<InvalidFieldsException.Problem> missing = ProjectFileRules.problems(this);
        if (!missing.isEmpty()) {
            throw new InvalidFieldsException(missing);
        }
        status = ProjectStatus.SUBMITTED;
        submittedOn = today;
    }

    /** Refuses a change by the carrier once the file is submitted, or after the deadline. */
    public void requireEditable(LocalDate today) {
        if (!status.isEditableByCarrier()) {
            throw new FileReadOnlyException(status);
        }
        campaign.requireOpen(PhaseType.PROJECT_FILES, today);
    }

    /** The sum of the expense (or funding) lines. */
    public Money sum(BudgetLine.Kind kind) {
        return budget.stream().filter(l -> l.kind() == kind).map(BudgetLine::amount).reduce(Money.ZERO, Money::plus);
    }

    /** The most the category's support rule allows for this budget; nothing without a category. */
    public Optional<Money> cap() {
        return Optional.ofNullable(category).map(c -> c.supportRule().maximumGrantFor(totalCost == null ? Money.ZERO : totalCost));
    }

    public boolean isOwnedBy(long accountId) {
        return ownerId != null && ownerId == accountId;
    }

    /** A favourable decision recorded without motivation (demo, tests); the commission still has to validate it. */
    public void label() {
        status = status.then(ProjectStatus.LABELLED);
    }

    /** The committee's decision on a submitted file, with the motivation the carrier receives. */
    public void decide(ProjectStatus decision, String motivation) {
        new InvalidFieldsException.Check().text(motivation, 2000, "motivation", "decision.motivation").orThrow();
        if (!decision.isCommitteeDecision()) {
            throw new IllegalArgumentException("Not a committee decision: " + decision);
        }
        status = status.then(decision);
        decisionMotivation = motivation.strip();
    }

    /** The commission validates the label under a deliberation reference. */
    public void validateForBallot(String reference) {
        new InvalidFieldsException.Check().text(reference, 100, "reference", "commission.reference").orThrow();
        validateForBallot();
        commissionReference = reference.strip();
    }

    /** The commission's review confirms the label: the project goes on the ballot. */
    public void validateForBallot() {
        status = status.then(ProjectStatus.VALIDATED);
    }

    /** Files the project under one of the département's themes, for the ballot's filters. */
    public void fileUnder(Theme theme) {
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    public boolean isOnBallot() {
        return status == ProjectStatus.VALIDATED;
    }

    /** A file recorded for its carrier (projects of editions that ran before the platform, or imported). */
    public void entrustTo(long accountId) {
        this.ownerId = accountId;
    }

    /** The carrier's number, address and commune on a file recorded outside the platform (imported, or demo). */
    public void recordCarrierIdentity(String number, String address, String communeInseeCode) {
        carrier = carrier().identifiedBy(number, address, communeInseeCode);
    }

    public Long ownerId() { return ownerId; }

    public List<BudgetLine> budget() {
        return List.copyOf(budget);
    }

    public Campaign campaign() { return campaign; }

    public Category category() { return category; }

    public String title() { return title; }

    public String summary() { return summary; }

    public Carrier carrier() {
        return carrier == null ? Carrier.UNKNOWN : carrier;
    }

    public Territory territory() { return territory; }

    public Money totalCost() { return totalCost; }

    public Money requestedAmount() { return requestedAmount; }

    public Optional<Theme> theme() {
        return Optional.ofNullable(theme);
    }

    public ProjectStatus status() { return status; }
}
