package fr.budgetcitoyen.project;

/**
 * The legal forms of the social and solidarity economy that may carry a project (loi du 31 juillet 2014).
 * A junior association is admitted with an adult referent, as in 2018.
 */
public enum LegalForm {
    ASSOCIATION,
    JUNIOR_ASSOCIATION,
    SCIC,
    SCOP,
    SOLIDARITY_ENTERPRISE,
    ESUS
}
