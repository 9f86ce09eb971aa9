package fr.budgetcitoyen.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * What was voted: a project of a category, and the hash of the voter's receipt. No voter, no time, and
 * a random key rather than a sequence, so nothing ties a ballot to its participation.
 */
@Entity
@Table(name = "vote_ballot")
@NamedQuery(name = "Ballot.published",
        query = "select b from Ballot b where b.campaignId = :campaign order by b.categoryId, b.receiptHash")
@NamedQuery(name = "Ballot.byReceipt", query = "select b from Ballot b where b.receiptHash = :hash")
public class Ballot extends AnonymousBallot {

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "receipt_hash", nullable = false, unique = true, length = 64)
    private String receiptHash;

    protected Ballot() {
        // for JPA
    }

    Ballot(Long campaignId, Long categoryId, Long projectId, String receiptHash) {
        super(campaignId, categoryId);
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.receiptHash = Objects.requireNonNull(receiptHash, "receiptHash");
    }

    public Long projectId() { return projectId; }

    public String receiptHash() { return receiptHash; }
}
