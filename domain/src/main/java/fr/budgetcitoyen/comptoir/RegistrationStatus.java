package fr.budgetcitoyen.comptoir;

/** A resident's place at a session: a seat, a place on the waiting list, or given back. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITING,
    CANCELLED
}
