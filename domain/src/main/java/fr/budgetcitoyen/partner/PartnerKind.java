package fr.budgetcitoyen.partner;

/** What a partner brings to the process (seed 002: support, solidarity finance, networks, foundations). */
public enum PartnerKind {
    SUPPORT,
    SOLIDARITY_FINANCE,
    FOUNDATION,
    NETWORK,
    CROWDFUNDING
}
