package fr.budgetcitoyen.allocation;

import java.util.Arrays;
import java.util.Optional;

/** How voters expressed themselves, as named in the pabulib {@code vote_type} META entry. */
public enum VoteType {
    APPROVAL("approval", false),
    CHOOSE_ONE("choose-1", false),
    ORDINAL("ordinal", false),
    CUMULATIVE("cumulative", true),
    SCORING("scoring", true);

    private final String pabulibName;
    private final boolean carriesPoints;

    VoteType(String pabulibName, boolean carriesPoints) {
        this.pabulibName = pabulibName;
        this.carriesPoints = carriesPoints;
    }

    public String pabulibName() { return pabulibName; }

    /** Whether ballots of this type give points (a parallel {@code points} column). */
    public boolean carriesPoints() { return carriesPoints; }

    public static Optional<VoteType> fromPabulibName(String name) {
        String wanted = name.trim();
        return Arrays.stream(values()).filter(type -> type.pabulibName.equalsIgnoreCase(wanted)).findFirst();
    }
}
