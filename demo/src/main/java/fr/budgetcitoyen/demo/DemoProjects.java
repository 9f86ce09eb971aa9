package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.shared.Theme;

import java.util.List;

import static fr.budgetcitoyen.demo.DemoCategories.COOPERATION;
import static fr.budgetcitoyen.demo.DemoCategories.GOOD_PRACTICES;
import static fr.budgetcitoyen.demo.DemoCategories.SOCIAL_INNOVATION;
import static fr.budgetcitoyen.project.LegalForm.ASSOCIATION;
import static fr.budgetcitoyen.project.LegalForm.ESUS;
import static fr.budgetcitoyen.project.LegalForm.JUNIOR_ASSOCIATION;
import static fr.budgetcitoyen.project.LegalForm.SCIC;
import static fr.budgetcitoyen.project.LegalForm.SCOP;

/**
 * A dozen sample projects inspired by the kinds of initiatives the seeds name (cafés citoyens, help for
 * carers, a mobile driving school, a junior association, the SCICs of the département's network).
 * Names and figures are illustrative demo data, not the real files of these structures.
 */
public final class DemoProjects {

    private DemoProjects() {
    }

    public static List<DemoProject> samples() {
        return List.of(
                DemoProject.of(Theme.CULTURE, SOCIAL_INNOVATION, "Café culturel et citoyen de la cité",
                        "Un café associatif où les habitants du quartier se retrouvent, débattent et montent leurs projets.",
                        "Association Le Comptoir des voisins", ASSOCIATION, "Lens-Liévin", 98_000, 9_800),
                DemoProject.of(Theme.AUTONOMY, SOCIAL_INNOVATION, "Maison des aidants",
                        "Un lieu ouvert aux aidants de personnes en situation de handicap : répit, écoute et ateliers.",
                        "Association Répit partagé", ASSOCIATION, "Arrageois", 120_000, 12_000),
                DemoProject.of(Theme.MOBILITY, SOCIAL_INNOVATION, "Auto-école mobile solidaire",
                        "Une auto-école qui va au-devant de ses élèves dans les villages sans transport.",
                        "Roule ma poule", ESUS, "Montreuillois-Ternois", 150_000, 15_000),
                DemoProject.of(Theme.MOBILITY, SOCIAL_INNOVATION, "Voyager à moindre coût",
                        "Des jeunes organisent des voyages solidaires et économes, avec un adulte référent.",
                        "Junior association Les Baroudeurs", JUNIOR_ASSOCIATION, "Calaisis", 45_000, 4_500),
                DemoProject.of(Theme.FOOD, GOOD_PRACTICES, "Épicerie coopérative du village",
                        "Une épicerie de circuits courts tenue par ses sociétaires, habitants et producteurs.",
                        "SCIC Super'Ecques", SCIC, "Audomarois", 140_000, 14_000),
                DemoProject.of(Theme.ENVIRONMENT, GOOD_PRACTICES, "Recyclerie de quartier",
                        "Collecte, réparation et revente d'objets, avec des ateliers de réparation ouverts à tous.",
                        "Association Seconde main", ASSOCIATION, "Boulonnais", 90_000, 9_000),
                DemoProject.of(Theme.INCLUSION, GOOD_PRACTICES, "Ateliers de couture solidaire",
                        "Des ateliers de couture et de retouche qui forment et remettent en activité.",
                        "Les Cousalis", SCIC, "Hénin-Carvin", 65_000, 6_500),
                DemoProject.of(Theme.DIGITAL, GOOD_PRACTICES, "Logiciels libres pour les associations",
                        "Accompagner les petites associations vers des outils numériques libres et sobres.",
                        "Cliss XXI", SCIC, "Lens-Liévin", 75_000, 7_500),
                DemoProject.of(Theme.CULTURE, COOPERATION, "Tourisme solidaire autour du musée",
                        "Des habitants ambassadeurs font découvrir le bassin minier aux visiteurs du Louvre-Lens.",
                        "SCIC Autour du Louvre-Lens (ALL)", SCIC, "Lens-Liévin", 100_000, 20_000),
                DemoProject.of(Theme.SOLIDARITY, COOPERATION, "Habitat partagé intergénérationnel",
                        "Des logements partagés entre jeunes et aînés, conçus avec leurs futurs habitants.",
                        "Le Toit Commun", SCIC, "Artois", 160_000, 20_000),
                DemoProject.of(Theme.FOOD, COOPERATION, "Jardins nourriciers en réseau",
                        "Trois structures mutualisent terrains, outils et savoir-faire pour des jardins partagés.",
                        "MAS La Croisée", SCIC, "Montreuillois-Ternois", 80_000, 16_000),
                DemoProject.of(Theme.INCLUSION, COOPERATION, "Menuiserie coopérative d'insertion",
                        "Une SCOP et deux associations d'insertion partagent un atelier de menuiserie.",
                        "SCOP Les Copeaux", SCOP, "Calaisis", 110_000, 20_000));
    }
}
