package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;

import java.math.BigDecimal;

/** A category as an agent types it: support rule (share of the cost, ceiling) and share of the envelope; checked here. */
public record CategoryDraft(String code, String name, String description, BigDecimal maxSharePercent, Money ceiling,
                            BigDecimal envelopeSharePercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Every invalid field at once: the envelope shares of all categories stay within 100 %, and a project's ceiling
     * within what the category shares (its part, or the whole envelope).
     */
    void check(Money envelope, BigDecimal othersShares) {
        BigDecimal share = maxSharePercent();
        BigDecimal envelopeShare = envelopeSharePercent();
        boolean shareInRange = envelopeShare != null && envelopeShare.signum() > 0 && envelopeShare.compareTo(HUNDRED) <= 0;
        new InvalidFieldsException.Check()
                .text(code, 40, "code", "category.code")
                .text(name, 160, "name", "category.name")
                .require(description == null || description.strip().length() <= 1000, "description", "category.description.tooLong")
                .require(share != null && share.signum() > 0 && share.compareTo(HUNDRED) <= 0, "maxShare", "category.maxShare.range")
                .require(ceiling != null && !ceiling.isNegative() && !ceiling.isZero(), "ceiling", "category.ceiling.positive")
                .require(envelopeShare == null || envelopeShare.signum() > 0 && envelopeShare.compareTo(HUNDRED) <= 0,
                        "envelopeShare", "category.envelopeShare.range")
                .require(envelopeShare == null || othersShares.add(envelopeShare).compareTo(HUNDRED) <= 0,
                        "envelopeShare", "category.envelopeShare.over100")
                .require(ceiling == null || !ceiling.isGreaterThan(partOf(envelope, shareInRange ? envelopeShare : null)),
                        "ceiling", "category.ceiling.overEnvelope")
                .orThrow();
    }

    /** What a category may share: its part of the envelope, or the whole envelope when it is not split. */
    static Money partOf(Money envelope, BigDecimal sharePercent) {
        return sharePercent == null ? envelope : envelope.percent(sharePercent);
    }
}
