package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.shared.InvalidFieldsException;

/**
 * What agents see of the turnout during the vote, set by an administrator: which breakdowns, and the
 * smallest group shown as a number (below it, "fewer than k").
 */
public record TurnoutSettings(boolean byDay, boolean byTerritory, boolean byAgeBand, int minimumGroup) {

    public static final TurnoutSettings DEFAULT = new TurnoutSettings(true, true, true, 5);
    public static final int MINIMUM_GROUP_MAX = 1000;

    public TurnoutSettings {
        new InvalidFieldsException.Check()
                .require(minimumGroup >= 1 && minimumGroup <= MINIMUM_GROUP_MAX, "minimumGroup", "turnout.minimumGroup.range")
                .orThrow();
    }
}
