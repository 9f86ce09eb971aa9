package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.comptoir.SessionPlan;
import fr.budgetcitoyen.comptoir.Workshop;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Comptoir sessions of the demo's next edition, one per territory, hosted by (fictitious) former
 * laureates: the first was held three days ago, the others come in the following weeks.
 */
public final class DemoComptoirs {

    private DemoComptoirs() {
    }

    /** The session of index 0 is already over; its attendance can be recorded. */
    public static List<SessionPlan> around(LocalDate today) {
        return List.of(
                session(today.minusDays(3), "La Ressourcerie d'Arras", "12 rue des Trois Visages", "62041",
                        "Association Rebond", Workshop.IDEA_TO_PROJECT, 15),
                session(today.plusDays(1), "Maison des associations", "5 place Lamartine", "62119",
                        "Coopérative Terres d'Artois", Workshop.PITCH, 12),
                session(today.plusDays(6), "Tiers-lieu La Station", "8 rue de Dunkerque", "62765",
                        "SCIC La Station", Workshop.FUNDING, 20),
                session(today.plusDays(9), "Café associatif Le Phare", "3 quai Gambetta", "62160",
                        "Association Le Phare", Workshop.COMMUNICATION, 2),
                session(today.plusDays(13), "Fabrique solidaire", "40 boulevard Jacquard", "62193",
                        "Régie de quartier du Calaisis", Workshop.ECONOMIC_MODEL, 15),
                session(today.plusDays(16), "Jardin partagé des Hauts", "1 rue Voltaire", "62427",
                        "Association Les Hauts Jardins", Workshop.COOPERATIVES, 10),
                session(today.plusDays(20), "Médiathèque Robert-Cousin", "9 rue Diderot", "62498",
                        "Collectif Lens Solidaire", Workshop.BUDGET_CITOYEN, 25),
                session(today.plusDays(27), "Ferme pédagogique du Ternois", "Chemin des Prés", "62588",
                        "SCIC Les Champs Ouverts", Workshop.IDEA_TO_PROJECT, 15));
    }

    private static SessionPlan session(LocalDate day, String venue, String address, String insee, String host,
                                       Workshop workshop, int capacity) {
        return new SessionPlan(day.atTime(LocalTime.of(18, 0)), day.atTime(LocalTime.of(20, 30)), venue, address,
                insee, host, workshop, "Mission ESS du Département", capacity);
    }
}
