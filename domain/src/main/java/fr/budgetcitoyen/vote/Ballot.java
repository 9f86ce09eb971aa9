package fr.budgetcitoyen.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Objects;
import java.util.UUID;

/**
 * What was voted: a project of a category, and the hash of the voter's receipt. No voter, no time, and
 * a random key rather than a sequence, so nothing ties a ballot to its participation.
 */
@Entity
@Table(name = "vote_ballot")
@NamedQuery(name = "Ballot.published",
        query = "select b from Ballot b where b.campaignId = :campaign order by b.categoryId, b.receiptHash")
@NamedQuery(name = "Ballot.byReceipt", query = "select b from Ballot b where b.receiptHash = :hash")
public class Ballot {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "receipt_hash", nullable = false, unique = true, length = 64)
    private String receiptHash;

    protected Ballot() {
        // for JPA
    }

    Ballot(Long campaignId, Long categoryId, Long projectId, String receiptHash) {
        this.id = UUID.randomUUID().toString();
        this.campaignId = Objects.requireNonNull(campaignId, "campaignId");
        this.categoryId = Objects.requireNonNull(categoryId, "categoryId");
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.receiptHash = Objects.requireNonNull(receiptHash, "receiptHash");
    }

    public Long categoryId() {
        return categoryId;
    }

    public Long projectId() {
        return projectId;
    }

    public String receiptHash() {
        return receiptHash;
    }
}
