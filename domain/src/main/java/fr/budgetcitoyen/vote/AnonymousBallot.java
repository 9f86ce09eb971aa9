package fr.budgetcitoyen.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.Objects;
import java.util.UUID;

/**
 * What both ballot boxes keep of a ballot (the plain one, {@link Ballot}; the encrypted urn, {@link UrnBallot}): the
 * campaign and category it was cast in, under a random key rather than a sequence, so that neither its order nor its
 * time ties it to a participation.
 */
@MappedSuperclass
public abstract class AnonymousBallot {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    protected AnonymousBallot() {
        // for JPA
    }

    protected AnonymousBallot(Long campaignId, Long categoryId) {
        this.id = UUID.randomUUID().toString();
        this.campaignId = Objects.requireNonNull(campaignId, "campaignId");
        this.categoryId = Objects.requireNonNull(categoryId, "categoryId");
    }

    public Long campaignId() { return campaignId; }

    public Long categoryId() { return categoryId; }
}
