package fr.budgetcitoyen.survey;

/** Whether the project reached the objectives of its file: fully, partly, not. */
public enum Reach {
    FULLY,
    PARTLY,
    NOT
}
