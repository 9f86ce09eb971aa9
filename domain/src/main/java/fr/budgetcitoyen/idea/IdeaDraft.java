package fr.budgetcitoyen.idea;

import fr.budgetcitoyen.shared.Theme;

import java.util.Set;

/** What the deposit form sends, before the rules of {@link Idea#deposit} accept it. */
public record IdeaDraft(String title, String description, String communeInseeCode, Theme theme,
                        Set<HelpNeeded> helpNeeded) {

    public IdeaDraft {
        helpNeeded = helpNeeded == null ? Set.of() : Set.copyOf(helpNeeded);
    }
}
