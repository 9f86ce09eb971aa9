package fr.budgetcitoyen.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * The pseudonym under which an account's encrypted ballots of an edition appear on the public board:
 * the only row that links an account to its (encrypted, so unreadable) ballots.
 */
@Entity
@Table(name = "urn_pseudonym")
@NamedQuery(name = "VoterPseudonym.of",
        query = "select p.pseudonym from VoterPseudonym p where p.campaignId = :campaign and p.accountId = :account")
public class VoterPseudonym {

    @Id
    @Column(length = 32)
    private String pseudonym;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    protected VoterPseudonym() {
        // for JPA
    }

    public VoterPseudonym(long campaignId, long accountId, String pseudonym) {
        this.campaignId = campaignId;
        this.accountId = accountId;
        this.pseudonym = Objects.requireNonNull(pseudonym);
    }

    public String pseudonym() { return pseudonym; }
}
