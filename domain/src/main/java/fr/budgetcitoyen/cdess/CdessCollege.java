package fr.budgetcitoyen.cdess;

/** The colleges of the Conseil départemental de l'ESS (seed 002: élus, ESS actors, partners, institutions). */
public enum CdessCollege {
    ELECTED,
    ESS_ACTORS,
    PARTNERS,
    INSTITUTIONS,
    QUALIFIED_PERSONS
}
