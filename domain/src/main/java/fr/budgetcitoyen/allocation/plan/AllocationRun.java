package fr.budgetcitoyen.allocation.plan;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Stamp;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One computation of an edition's allocation: provisional until the Commission permanente validates it
 * (decision date, deliberation number), then published. Its rule and the hash of its inputs let anyone
 * recompute it from the published ballots.
 */
@Entity
@Table(name = "allocation_run")
public class AllocationRun extends IdentifiedEntity {

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "plan_code", nullable = false, length = 60)
    private String planCode;

    @Column(name = "inputs_hash", nullable = false, length = 64)
    private String inputsHash;

    @Column(name = "budget_cents", nullable = false)
    private long budgetCents;

    @Column(nullable = false)
    private long ballots;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RunStatus status = RunStatus.PROVISIONAL;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "computed_by", length = 254, nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "computed_at", nullable = false))
    private Stamp computed;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(length = 120)
    private String deliberation;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "allocation_grant", joinColumns = @JoinColumn(name = "run_id"))
    @OrderBy("rank")
    private List<GrantRecord> grants = new ArrayList<>();

    @Version
    private long version;

    protected AllocationRun() {
        // for JPA
    }

    public static AllocationRun record(long campaignId, Allocation allocation, String inputsHash, String by, Instant at) {
        AllocationRun run = new AllocationRun();
        run.campaignId = campaignId;
        run.planCode = allocation.plan().code();
        run.inputsHash = Objects.requireNonNull(inputsHash, "inputsHash");
        run.budgetCents = allocation.budgetCents();
        run.ballots = allocation.ballots();
        run.computed = new Stamp(by, at);
        for (Grant grant : allocation.grants()) {
            run.grants.add(new GrantRecord(run.grants.size() + 1, grant));
        }
        return run;
    }

    /** The Commission permanente's decision: its date and deliberation number, on a provisional run. */
    public void validate(LocalDate decisionDate, String deliberation) {
        requireStatus(RunStatus.PROVISIONAL);
        new InvalidFieldsException.Check()
                .require(decisionDate != null, "decisionDate", "allocation.decisionDate.required")
                .text(deliberation, 120, "deliberation", "allocation.deliberation")
                .orThrow();
        this.decisionDate = decisionDate;
        this.deliberation = deliberation.strip();
        status = RunStatus.VALIDATED;
    }

    public void publish(Instant at) {
        requireStatus(RunStatus.VALIDATED);
        publishedAt = Objects.requireNonNull(at, "at");
        status = RunStatus.PUBLISHED;
    }

    /** A newer computation replaces a provisional one; a validated one stays. */
    public void supersede() {
        requireStatus(RunStatus.PROVISIONAL);
        status = RunStatus.SUPERSEDED;
    }

    public boolean isDecided() {
        return RunStatus.DECIDED.contains(status);
    }

    private void requireStatus(RunStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Run " + id() + " is " + status + ", not " + expected);
        }
    }

    public long spentCents() {
        return grants.stream().mapToLong(GrantRecord::grantCents).sum();
    }

    public Long campaignId() { return campaignId; }

    public AllocationPlan plan() {
        return AllocationPlan.parse(planCode);
    }

    public String inputsHash() { return inputsHash; }

    public long budgetCents() { return budgetCents; }

    public long ballots() { return ballots; }

    public RunStatus status() { return status; }

    public Stamp computed() { return computed; }

    public LocalDate decisionDate() { return decisionDate; }

    public String deliberation() { return deliberation; }

    public Instant publishedAt() { return publishedAt; }

    public List<GrantRecord> grants() {
        return List.copyOf(grants);
    }
}
