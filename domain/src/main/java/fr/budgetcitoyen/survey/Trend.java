package fr.budgetcitoyen.survey;

/** How a number of people changed since the grant, as the carrier answers it: more, the same, fewer. */
public enum Trend {
    MORE,
    SAME,
    FEWER;

    /** The trend between two yearly counts (a report and the one before it). */
    public static Trend between(int before, int after) {
        return after > before ? MORE : after < before ? FEWER : SAME;
    }
}
