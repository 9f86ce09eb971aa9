package fr.budgetcitoyen.idea;

/** Where an idea stands: agents moderate every idea before the public gallery shows it. */
public enum IdeaStatus {
    SUBMITTED,
    PUBLISHED,
    REFUSED
}
