package fr.budgetcitoyen.followup;

import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.allocation.plan.GrantRecord;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The grant of a project the Commission permanente funded: its amount as decided (never retyped), the
 * date the grant agreement was signed, and the instalments paid ({@link Instalment}). Created from the
 * decided allocation, so the follow-up starts with exactly the laureates and amounts of the decision.
 */
@Entity
@Table(name = "followup_grant")
public class FundedProject extends IdentifiedEntity {

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "project_id", nullable = false, unique = true)
    private Long projectId;

    @Column(name = "territory_code", nullable = false, length = 40)
    private String territoryCode;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "granted", precision = 14, scale = 2, nullable = false))
    private Money granted;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(length = 120)
    private String deliberation;

    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;

    protected FundedProject() {
        // for JPA
    }

    /** The grants of a decided allocation, one per funded project. */
    public static List<FundedProject> of(AllocationRun decided) {
        if (!decided.isDecided()) {
            throw new IllegalStateException("Only a decided allocation funds projects");
        }
        return decided.grants().stream().map(g -> of(decided, g)).toList();
    }

    private static FundedProject of(AllocationRun run, GrantRecord record) {
        FundedProject funded = new FundedProject();
        funded.campaignId = run.campaignId();
        funded.projectId = record.projectId();
        funded.territoryCode = record.territoryCode();
        funded.granted = Money.euros(BigDecimal.valueOf(record.grantCents(), 2));
        funded.decidedOn = run.decisionDate();
        funded.deliberation = run.deliberation();
        return funded;
    }

    /** The agreement is signed after the decision, and not in the future. */
    public void signAgreement(LocalDate signedOn, LocalDate today) {
        new InvalidFieldsException.Check()
                .require(signedOn != null, "signedOn", "followup.signedOn.required")
                .require(signedOn == null || !signedOn.isBefore(decidedOn), "signedOn", "followup.signedOn.beforeDecision")
                .require(signedOn == null || !signedOn.isAfter(today), "signedOn", "followup.signedOn.future")
                .orThrow();
        this.agreementSignedOn = signedOn;
    }

    /**
     * An instalment is paid once the agreement is signed, on or after its signature, not in the future,
     * and never beyond what was granted.
     */
    public Instalment pay(LocalDate paidOn, Money amount, String reference, List<Instalment> alreadyPaid, LocalDate today) {
        Money paid = Instalment.paid(alreadyPaid);
        new InvalidFieldsException.Check()
                .require(agreementSignedOn != null, "paidOn", "followup.instalment.unsigned")
                .require(paidOn != null, "paidOn", "followup.instalment.paidOn.required")
                .require(paidOn == null || agreementSignedOn == null || !paidOn.isBefore(agreementSignedOn), "paidOn",
                        "followup.instalment.beforeAgreement")
                .require(paidOn == null || !paidOn.isAfter(today), "paidOn", "followup.instalment.future")
                .require(amount != null && !amount.isNegative() && !amount.isZero(), "amount", "followup.instalment.amount.positive")
                .require(amount == null || !paid.plus(amount).isGreaterThan(granted), "amount", "followup.instalment.amount.overGrant")
                .orThrow();
        return new Instalment(id(), paidOn, amount, reference);
    }

    /**
     * The contre-passation of a mistyped instalment of this grant: same date and amount, a reason; the
     * instalment stays in the list, cancelled. An instalment is reversed once; a reversal is not reversed
     * (the right instalment is typed again instead).
     */
    public Instalment reverse(Instalment original, String reason, List<Instalment> instalments) {
        boolean ours = original.id() != null && original.grantId() == id();
        boolean reversed = instalments.stream().anyMatch(i -> i.isReversal() && i.reverses().equals(original.id()));
        new InvalidFieldsException.Check()
                .require(ours, "reason", "followup.reversal.unknown")
                .require(!original.isReversal(), "reason", "followup.reversal.ofReversal")
                .require(!reversed, "reason", "followup.reversal.already")
                .text(reason, Instalment.REASON_MAX, "reason", "followup.reversal.reason")
                .orThrow();
        return Instalment.reversalOf(original, reason.strip());
    }

    public long campaignId() { return campaignId; }

    public long projectId() { return projectId; }

    public String territoryCode() { return territoryCode; }

    public Money granted() { return granted; }

    public LocalDate decidedOn() { return decidedOn; }

    public String deliberation() { return deliberation; }

    public LocalDate agreementSignedOn() { return agreementSignedOn; }
}
