package fr.budgetcitoyen.idea;

/** What a carrier says they need to turn the idea into a project: the comptoirs' workshop themes. */
public enum HelpNeeded {
    PITCH,
    FUNDING,
    IDEA_TO_PROJECT,
    COMMUNICATION,
    PARTNERS
}
