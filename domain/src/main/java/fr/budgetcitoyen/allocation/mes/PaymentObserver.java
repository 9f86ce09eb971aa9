package fr.budgetcitoyen.allocation.mes;

import fr.budgetcitoyen.allocation.Rational;

/** Sees every payment MES makes; used by audits and tests, never needed to compute an outcome. */
@FunctionalInterface
public interface PaymentObserver {

    PaymentObserver NONE = (project, group, amountPerVoter) -> { };

    /**
     * Each voter of {@code group} (see {@code SupportIndex.groupWeight}) pays {@code amountPerVoter}
     * towards {@code project} (both as indices of the support index).
     */
    void paid(int project, int group, Rational amountPerVoter);
}
