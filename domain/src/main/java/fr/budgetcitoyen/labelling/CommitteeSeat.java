package fr.budgetcitoyen.labelling;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** A member's seat on one edition's labelling committee, in a college. Only seated members assess. */
@Entity
@Table(name = "committee_seat")
public class CommitteeSeat extends IdentifiedEntity {

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "member_name", nullable = false, length = 120)
    private String memberName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private College college;

    @Column(name = "appointed_at", nullable = false)
    private Instant appointedAt;

    protected CommitteeSeat() {
        // for JPA
    }

    public CommitteeSeat(long campaignId, long accountId, String memberName, College college, Instant appointedAt) {
        this.campaignId = campaignId;
        this.accountId = accountId;
        this.memberName = Objects.requireNonNull(memberName, "memberName");
        this.college = Objects.requireNonNull(college, "college");
        this.appointedAt = Objects.requireNonNull(appointedAt, "appointedAt");
    }

    public Long campaignId() { return campaignId; }

    public Long accountId() { return accountId; }

    public String memberName() { return memberName; }

    public College college() { return college; }

    public Instant appointedAt() { return appointedAt; }
}
