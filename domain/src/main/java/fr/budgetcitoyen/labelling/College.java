package fr.budgetcitoyen.labelling;

/** The colleges the labelling committee is composed of (seeds: département, ESS, finance, ambassadors). */
public enum College {
    DEPARTMENT_SERVICES,
    ESS_ACTORS,
    SOLIDARITY_FINANCERS,
    AMBASSADORS
}
