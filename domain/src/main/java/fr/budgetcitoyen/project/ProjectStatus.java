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

    /** Whether the labelling committee may decide so on a submitted file. */
    public boolean isCommitteeDecision() {
        return this == CHANGES_REQUESTED || this == LABELLED || this == NOT_LABELLED;
    }

    /**
     * The status after the committee's decision or the commission's validation: each comes from one status only (a
     * decision from a submitted file, the validation from a labelled one); anything else is refused.
     */
    ProjectStatus then(ProjectStatus next) {
        ProjectStatus from = switch (next) {
            case CHANGES_REQUESTED, LABELLED, NOT_LABELLED -> SUBMITTED;
            case VALIDATED -> LABELLED;
            case DRAFT, SUBMITTED -> null; // the carrier's own steps, checked by Project
        };
        if (this != from) {
            throw new IllegalStateException("Cannot move a " + this + " project to " + next);
        }
        return next;
    }
}
