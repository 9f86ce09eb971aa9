package fr.budgetcitoyen.allocation.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A grant as recorded with its computation: rank of selection, project, category, territory, votes, amount. */
@Embeddable
public record GrantRecord(
        @Column(name = "selection_rank", nullable = false)
        int rank,

        @Column(name = "project_id", nullable = false)
        long projectId,

        @Column(name = "category_code", nullable = false, length = 40)
        String categoryCode,

        @Column(name = "territory_code", nullable = false, length = 40)
        String territoryCode,

        @Column(nullable = false)
        long votes,

        @Column(name = "grant_cents", nullable = false)
        long grantCents) {

    GrantRecord(int rank, Grant grant) {
        this(rank, grant.candidate().projectId(), grant.candidate().categoryCode(), grant.candidate().territoryCode(),
                grant.candidate().votes(), grant.cents());
    }
}
