package fr.budgetcitoyen.project;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.Territory;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
@NamedQuery(name = "Project.countByCampaignAndStatus",
        query = "select count(p) from Project p where p.campaign = :campaign and p.status = :status")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String summary;

    @Column(name = "carrier_name", nullable = false, length = 200)
    private String carrierName;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false, length = 40)
    private LegalForm legalForm;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_code")
    private Territory territory;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "total_cost", precision = 14, scale = 2, nullable = false))
    private Money totalCost;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "requested_amount", precision = 14, scale = 2, nullable = false))
    private Money requestedAmount;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Theme theme;

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
        Objects.requireNonNull(carrier, "carrier");
        this.carrierName = carrier.name();
        this.legalForm = carrier.legalForm();
        this.territory = Objects.requireNonNull(territory, "territory");
        if (!category.supportRule().allows(requestedAmount, totalCost)) {
            throw new IllegalArgumentException("Requested " + requestedAmount + " exceeds what " + category.name()
                    + " allows for a cost of " + totalCost + ": " + category.supportRule().maximumGrantFor(totalCost));
        }
        this.totalCost = totalCost;
        this.requestedAmount = requestedAmount;
    }

    /** The carrier hands the file to the labelling committee; it becomes read-only for them. */
    public void submit() {
        requireStatus("submit", ProjectStatus.DRAFT, ProjectStatus.CHANGES_REQUESTED);
        status = ProjectStatus.SUBMITTED;
    }

    /** The committee asks the carrier for changes: the file is editable again until resubmitted. */
    public void requestChanges() {
        requireStatus("request changes to", ProjectStatus.SUBMITTED);
        status = ProjectStatus.CHANGES_REQUESTED;
    }

    /** The labelling committee's favourable decision; the commission still has to validate it. */
    public void label() {
        requireStatus("label", ProjectStatus.SUBMITTED);
        status = ProjectStatus.LABELLED;
    }

    /** The labelling committee's unfavourable decision. */
    public void refuseLabel() {
        requireStatus("refuse", ProjectStatus.SUBMITTED);
        status = ProjectStatus.NOT_LABELLED;
    }

    /** The commission's review confirms the label: the project goes on the ballot. */
    public void validateForBallot() {
        requireStatus("validate", ProjectStatus.LABELLED);
        status = ProjectStatus.VALIDATED;
    }

    /** Files the project under one of the département's themes, for the ballot's filters. */
    public void fileUnder(Theme theme) {
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    public boolean isOnBallot() {
        return status == ProjectStatus.VALIDATED;
    }

    private void requireStatus(String action, ProjectStatus... allowed) {
        for (ProjectStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new IllegalStateException("Cannot " + action + " a " + status + " project");
    }

    public Long id() {
        return id;
    }

    public Campaign campaign() {
        return campaign;
    }

    public Category category() {
        return category;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String carrierName() {
        return carrierName;
    }

    public LegalForm legalForm() {
        return legalForm;
    }

    public Territory territory() {
        return territory;
    }

    public Money totalCost() {
        return totalCost;
    }

    public Money requestedAmount() {
        return requestedAmount;
    }

    public Optional<Theme> theme() {
        return Optional.ofNullable(theme);
    }

    public ProjectStatus status() {
        return status;
    }
}
