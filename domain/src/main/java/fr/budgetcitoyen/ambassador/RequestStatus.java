package fr.budgetcitoyen.ambassador;

/** Where a request to an ambassador stands: a carrier's call for help, a young person's application. */
public enum RequestStatus {
    OPEN,
    ACCEPTED,
    DECLINED
}
