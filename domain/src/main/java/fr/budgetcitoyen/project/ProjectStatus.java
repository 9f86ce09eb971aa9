package fr.budgetcitoyen.project;

/**
 * Where a project file stands between its first draft and the vote. Only the labelled files that the
 * commission validated go on the ballot.
 */
public enum ProjectStatus {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    LABELLED,
    NOT_LABELLED,
    VALIDATED;

    /** Whether the carrier may still change the file. */
    public boolean isEditableByCarrier() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
