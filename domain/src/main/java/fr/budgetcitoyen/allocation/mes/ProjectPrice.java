package fr.budgetcitoyen.allocation.mes;

import fr.budgetcitoyen.allocation.Rational;

/**
 * What funding a project would take from its supporters right now.
 *
 * @param project            index in the support index
 * @param paymentPerVoter    what each supporter pays, unless they have less (then they pay all)
 * @param paymentPerCostUnit payment divided by cost: the "rho" MES minimises (cost utilities)
 */
record ProjectPrice(int project, Rational paymentPerVoter, Rational paymentPerCostUnit) {

    /** MES funds the project with the smallest rho; ties go to the smallest id (index). */
    boolean isBetterThan(ProjectPrice other) {
        int byRho = paymentPerCostUnit.compareTo(other.paymentPerCostUnit);
        return byRho < 0 || byRho == 0 && project < other.project;
    }
}
