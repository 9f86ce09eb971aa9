package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.idea.HelpNeeded;
import fr.budgetcitoyen.idea.IdeaDraft;
import fr.budgetcitoyen.shared.Theme;

import java.util.List;
import java.util.Set;

/** A few ideas of the demo's next edition, already published in its gallery (illustrative, not real). */
public final class DemoIdeas {

    private DemoIdeas() {
    }

    public static List<IdeaDraft> published() {
        return List.of(
                new IdeaDraft("Un repair café itinérant", "Un camion aménagé qui s'arrête chaque semaine dans un village "
                        + "pour réparer ensemble petit électroménager, vélos et vêtements.", "62041", Theme.ENVIRONMENT,
                        Set.of(HelpNeeded.FUNDING, HelpNeeded.PARTNERS)),
                new IdeaDraft("Cantine solidaire de quartier", "Des repas à prix libre cuisinés avec les produits des "
                        + "maraîchers voisins, ouverts à tous, pour rompre l'isolement.", "62498", Theme.FOOD,
                        Set.of(HelpNeeded.IDEA_TO_PROJECT)),
                new IdeaDraft("Transport à la demande pour les aînés", "Un réseau de chauffeurs bénévoles et un "
                        + "véhicule partagé pour les rendez-vous médicaux des personnes âgées isolées.", "62765",
                        Theme.MOBILITY, Set.of(HelpNeeded.PITCH, HelpNeeded.FUNDING)),
                new IdeaDraft("Atelier numérique pour les démarches", "Une permanence hebdomadaire pour aider les "
                        + "habitants dans leurs démarches en ligne, animée par des jeunes en service civique.", "62160",
                        Theme.DIGITAL, Set.of(HelpNeeded.COMMUNICATION)));
    }
}
