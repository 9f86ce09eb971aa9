package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.account.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One demo account per role ({@code agent@demo.budgetcitoyen.fr}…), only ever created with the demo data. */
public final class DemoAccounts {

    public static final String DOMAIN = "@demo.budgetcitoyen.fr";

    private DemoAccounts() {
    }

    public static List<Role> roles() {
        return Arrays.asList(Role.values());
    }

    /** A resident's account entrusted with the demo's first partner (Pas-de-Calais Actif). */
    public static final String PARTNER = "partenaire" + DOMAIN;

    /**
     * A resident's account (no role of its own: research access is a grant, not a role) holding the demo's active
     * research grant, and one whose grant expired.
     */
    public static final String RESEARCHER = "chercheur" + DOMAIN;
    public static final String FORMER_RESEARCHER = "ancienne-chercheuse" + DOMAIN;

    public static String emailOf(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-') + DOMAIN;
    }
}
