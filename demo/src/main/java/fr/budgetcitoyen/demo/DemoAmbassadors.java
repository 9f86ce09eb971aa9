package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.ambassador.AmbassadorProfile;
import fr.budgetcitoyen.comptoir.Workshop;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.Theme;

import java.util.List;

/** A few recognised initiatives for the demo's directory (illustrative, not real ones). */
public final class DemoAmbassadors {

    /** What the département recognised: the profile, the year, the commune, the legal form. */
    public record Recognition(AmbassadorProfile profile, int year, String communeInseeCode, LegalForm legalForm) {
    }

    private DemoAmbassadors() {
    }

    /** The first one is managed by the demo ambassador account. */
    public static List<Recognition> all() {
        return List.of(
                of("La Ressourcerie du Ternois", Theme.ENVIRONMENT, "Collecte, répare et revend à petit prix objets et meubles ; ateliers de réparation ouverts à tous.", 2018, "62588", LegalForm.ASSOCIATION),
                of("Coopérative Terres d'Artois", Theme.FOOD, "Des maraîchers en SCIC qui fournissent cantines et épiceries solidaires du Béthunois.", 2018, "62119", LegalForm.SCIC),
                of("Le Phare numérique", Theme.DIGITAL, "Permanences pour les démarches en ligne et ordinateurs reconditionnés pour les familles.", 2019, "62160", LegalForm.ASSOCIATION),
                of("Mobil'Audomarois", Theme.MOBILITY, "Location solidaire de scooters et de vélos électriques pour aller travailler.", 2019, "62765", LegalForm.ASSOCIATION),
                of("Les Toits Partagés", Theme.AUTONOMY, "Habitat intergénérationnel : des étudiants logés chez des aînés qui restent chez eux.", 2020, "62041", LegalForm.ASSOCIATION),
                of("Menuiserie d'insertion du Calaisis", Theme.INCLUSION, "Un chantier d'insertion qui fabrique le mobilier des écoles et des mairies.", 2020, "62193", LegalForm.ESUS),
                of("Théâtre du Bassin", Theme.CULTURE, "Une troupe qui joue dans les cités minières et forme des jeunes aux métiers du spectacle.", 2021, "62498", LegalForm.SCOP),
                of("Les Jardins des Hauts", Theme.SOLIDARITY, "Jardins partagés et paniers solidaires pour les familles d'Hénin-Beaumont.", 2021, "62427", LegalForm.ASSOCIATION),
                of("Junior Asso Les Éclaireurs", Theme.YOUTH, "Des collégiens qui organisent des sorties nature pour les enfants du quartier.", 2022, "62041", LegalForm.JUNIOR_ASSOCIATION),
                of("Café des Possibles", Theme.SOLIDARITY, "Un café associatif où se croisent bénévoles, habitants et porteurs de projets.", 2023, "62498", LegalForm.ASSOCIATION));
    }

    /** An experience sheet written by the {@code author}-th ambassador of {@link #all()}. */
    public record Sheet(int author, String title, String body, Theme theme, Workshop workshop) {
    }

    public static List<Sheet> sheets() {
        return List.of(
                new Sheet(0, "Trouver un local sans se ruiner", "Nous avons commencé dans un garage prêté par la mairie. "
                        + "Trois conseils : demandez aux bailleurs sociaux, proposez un usage partagé, et montrez votre budget à l'euro près.",
                        Theme.ENVIRONMENT, Workshop.ECONOMIC_MODEL),
                new Sheet(2, "Pitcher en trois minutes", "Une histoire, un chiffre, une demande. Nous avons répété devant nos bénévoles "
                        + "avant le comité : c'est leur question la plus naïve qui nous a le plus aidés.", Theme.DIGITAL, Workshop.PITCH),
                new Sheet(7, "Monter un jardin partagé avec les habitants", "Commencez petit : quatre bacs, un arrosoir, une réunion "
                        + "par mois. Le bailleur a suivi quand il a vu les voisins venir.", Theme.SOLIDARITY, Workshop.IDEA_TO_PROJECT));
    }

    private static Recognition of(String name, Theme theme, String description, int year, String insee, LegalForm form) {
        return new Recognition(new AmbassadorProfile(name, theme, description, null, null, false), year, insee, form);
    }
}
