package fr.budgetcitoyen.vote;

/** Where an edition's urn stands: its key being made, sealed (ballots accepted), being counted, counted. */
public enum UrnStatus {
    KEY_GENERATION,
    SEALED,
    COUNTING,
    COUNTED
}
