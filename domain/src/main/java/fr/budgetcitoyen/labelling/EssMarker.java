package fr.budgetcitoyen.labelling;

/** The markers of the social and solidarity economy the labelling committee scores each project on. */
public enum EssMarker {
    SOCIETAL_INNOVATION,
    COOPERATION,
    ESS_PRACTICES,
    TRANSFORMATION,
    TERRITORIAL_ANCHORING;

    public static final int MAX_SCORE = 4;
}
