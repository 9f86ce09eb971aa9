package fr.budgetcitoyen.demo;

/** Codes of the three categories the demo editions use. */
public final class DemoCategories {

    public static final String SOCIAL_INNOVATION = "INNOVATION_SOCIALE";
    public static final String GOOD_PRACTICES = "BONNES_PRATIQUES";
    public static final String COOPERATION = "COOPERATION";

    private DemoCategories() {
    }
}
