package fr.budgetcitoyen.ambassador;

/** Where a carrier's request for help stands. */
public enum MentoringStatus {
    OPEN,
    ACCEPTED,
    DECLINED
}
