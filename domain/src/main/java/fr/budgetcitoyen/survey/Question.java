package fr.budgetcitoyen.survey;

/**
 * The catalogue of questions the Mission ESS chooses from, each feeding one indicator the deliberation
 * quotes (84 % still active, more volunteers for 61 %, more employees for 50 %, objectives reached).
 */
public enum Question {
    ACTIVE,
    VOLUNTEERS,
    EMPLOYEES,
    OBJECTIVES
}
