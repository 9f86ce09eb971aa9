package fr.budgetcitoyen.allocation.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A grant as recorded with its computation: rank of selection, project, category, territory, votes, amount. */
@Embeddable
public class GrantRecord {

    @Column(name = "selection_rank", nullable = false)
    private int rank;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "territory_code", nullable = false, length = 40)
    private String territoryCode;

    @Column(nullable = false)
    private long votes;

    @Column(name = "grant_cents", nullable = false)
    private long grantCents;

    protected GrantRecord() {
        // for JPA
    }

    GrantRecord(int rank, Grant grant) {
        this.rank = rank;
        this.projectId = grant.candidate().projectId();
        this.categoryCode = grant.candidate().categoryCode();
        this.territoryCode = grant.candidate().territoryCode();
        this.votes = grant.candidate().votes();
        this.grantCents = grant.cents();
    }

    public int rank() { return rank; }

    public long projectId() { return projectId; }

    public String categoryCode() { return categoryCode; }

    public String territoryCode() { return territoryCode; }

    public long votes() { return votes; }

    public long grantCents() { return grantCents; }
}
