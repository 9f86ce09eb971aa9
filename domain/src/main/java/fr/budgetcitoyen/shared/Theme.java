package fr.budgetcitoyen.shared;

/**
 * The themes ideas and projects are filed under, taken from the département's competences (solidarity
 * and autonomy, youth, environment, culture, mobility, inclusion…): an idea must meet one of them.
 */
public enum Theme {
    SOLIDARITY,
    AUTONOMY,
    YOUTH,
    INCLUSION,
    ENVIRONMENT,
    FOOD,
    MOBILITY,
    CULTURE,
    DIGITAL
}
