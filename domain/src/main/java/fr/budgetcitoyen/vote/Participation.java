package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;

/**
 * That a voter has voted in a category: who, never what. Unique per voter and category in the
 * database, which is what makes a second vote impossible even under concurrent attempts. Keeps the
 * day (not the time), the territory and the age band, for turnout figures only.
 */
@Entity
@Table(name = "vote_participation")
@NamedQuery(name = "Participation.categoriesVotedBy",
        query = "select p.categoryId from Participation p where p.campaignId = :campaign and p.voterId = :voter")
public class Participation extends IdentifiedEntity {

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Column(name = "voter_id", nullable = false)
    private Long voterId;

    @Column(name = "assisted_by")
    private Long assistedBy;

    @Column(name = "voted_on", nullable = false)
    private LocalDate votedOn;

    @Column(name = "territory_code", nullable = false, length = 40)
    private String territoryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false, length = 20)
    private AgeBand ageBand;

    protected Participation() {
        // for JPA
    }

    Participation(Long campaignId, Long categoryId, Long voterId, Long assistedBy, LocalDate votedOn,
                  String territoryCode, AgeBand ageBand) {
        this.campaignId = Objects.requireNonNull(campaignId, "campaignId");
        this.categoryId = Objects.requireNonNull(categoryId, "categoryId");
        this.voterId = Objects.requireNonNull(voterId, "voterId");
        this.assistedBy = assistedBy;
        this.votedOn = Objects.requireNonNull(votedOn, "votedOn");
        this.territoryCode = Objects.requireNonNull(territoryCode, "territoryCode");
        this.ageBand = Objects.requireNonNull(ageBand, "ageBand");
    }

    public Long campaignId() { return campaignId; }

    public Long voterId() { return voterId; }

    /** The host or agent whose device was used, or null. */
    public Long assistedBy() { return assistedBy; }

    public Long categoryId() { return categoryId; }

    public LocalDate votedOn() { return votedOn; }

    public String territoryCode() { return territoryCode; }

    public AgeBand ageBand() { return ageBand; }

    public boolean isAssisted() {
        return assistedBy != null;
    }
}
