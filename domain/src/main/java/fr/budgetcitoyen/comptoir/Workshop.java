package fr.budgetcitoyen.comptoir;

/** What a comptoir session works on (seeds: pitch, funding, from the idea to the project…). */
public enum Workshop {
    IDEA_TO_PROJECT,
    PITCH,
    FUNDING,
    COMMUNICATION,
    ECONOMIC_MODEL,
    COOPERATIVES,
    BUDGET_CITOYEN
}
