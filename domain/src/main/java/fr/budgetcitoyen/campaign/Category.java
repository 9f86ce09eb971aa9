package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the categories a project file is submitted in (2018: innovation sociale, bonnes pratiques,
 * coopération). Residents vote once per category, and each category has its own support rule.
 */
@Entity
@Table(name = "category")
public class Category extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(length = 1000)
    private String description;

    @Embedded
    private SupportRule supportRule;

    /** The category's share of the campaign's envelope, in percent; null when the envelope is not split. */
    @Column(name = "envelope_share_percent", precision = 5, scale = 2)
    private BigDecimal envelopeSharePercent;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected Category() {
        // for JPA
    }

    Category(Campaign campaign, String code, String name, String description, SupportRule supportRule, int displayOrder) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
        this.description = description;
        this.supportRule = Objects.requireNonNull(supportRule, "supportRule");
        this.displayOrder = displayOrder;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A category needs a " + what);
        }
        return value.strip();
    }

    void revise(String name, String description, SupportRule supportRule, BigDecimal envelopeSharePercent) {
        this.name = requireText(name, "name");
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.supportRule = Objects.requireNonNull(supportRule, "supportRule");
        this.envelopeSharePercent = envelopeSharePercent;
    }

    public Optional<BigDecimal> envelopeSharePercent() {
        return Optional.ofNullable(envelopeSharePercent);
    }

    /** The part of the envelope reserved to this category, if the envelope is split. */
    public Optional<Money> envelopePart() {
        return envelopeSharePercent().map(share -> campaign.envelope().percent(share));
    }

    public Campaign campaign() { return campaign; }

    public String code() { return code; }

    public String name() { return name; }

    public String description() { return description; }

    public SupportRule supportRule() { return supportRule; }

    public int displayOrder() { return displayOrder; }

    @Override
    public String toString() { return code; }
}
