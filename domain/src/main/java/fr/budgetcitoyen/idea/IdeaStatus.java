package fr.budgetcitoyen.idea;

/** Where an idea stands: agents moderate every idea before the public gallery shows it. */
public enum IdeaStatus {
    SUBMITTED,
    /** Agents asked the author a question; the author's answer sends it back to moderation. */
    PRECISION_REQUESTED,
    PUBLISHED,
    REFUSED,
    /** A duplicate, merged into another idea of the gallery. */
    MERGED
}
