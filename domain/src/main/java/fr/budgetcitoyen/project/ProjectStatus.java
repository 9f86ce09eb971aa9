package fr.budgetcitoyen.project;

/** Where a project file stands between its submission and the vote. */
public enum ProjectStatus {
    SUBMITTED,
    LABELLED,
    NOT_LABELLED
}
