package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.internship.InternshipKind;
import fr.budgetcitoyen.ambassador.internship.InternshipOffer;
import fr.budgetcitoyen.ambassador.internship.InternshipRepository;
import fr.budgetcitoyen.ambassador.internship.OfferDetails;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.TerritoryRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A few internships and civic-service missions of the demo ambassadors (illustrative), starting soon. */
@Dependent
class DemoInternshipLoader {

    @Inject private InternshipRepository internships;
    @Inject private TerritoryRepository territories;
    @Inject private Clock clock;

    /** {@code ambassadors} in the order of {@link DemoAmbassadors#all()}. */
    void load(List<Ambassador> ambassadors) {
        offer(ambassadors.get(0), InternshipKind.INTERNSHIP, "Stage : animer l'atelier de réparation", Theme.ENVIRONMENT, 30, 2,
                "Deux mois aux côtés de nos réparateurs bénévoles : accueillir le public, diagnostiquer les petits appareils, "
                        + "tenir le registre des objets sauvés. Pour un BTS ou une licence, une convention de stage est nécessaire.");
        offer(ambassadors.get(1), InternshipKind.CIVIC_SERVICE, "Service civique : le manger local dans les cantines", Theme.FOOD, 45, 8,
                "Huit mois pour faire découvrir nos légumes aux écoliers du Béthunois : animations dans les cantines, visites de "
                        + "la ferme, recettes avec les cuisiniers. 24 heures par semaine, de 16 à 25 ans.");
        offer(ambassadors.get(2), InternshipKind.INTERNSHIP, "Stage : accompagner les démarches en ligne", Theme.DIGITAL, 20, 3,
                "Aider les habitants lors de nos permanences numériques et préparer les ordinateurs reconditionnés "
                        + "pour les familles. Idéal pour une formation en informatique ou en médiation numérique.");
        offer(ambassadors.get(6), InternshipKind.CIVIC_SERVICE, "Service civique : médiation culturelle en cité minière", Theme.CULTURE, 60, 6,
                "Six mois pour aller à la rencontre des habitants avant nos représentations, animer des ateliers de théâtre "
                        + "avec les jeunes et accueillir le public les soirs de spectacle.");
    }

    private void offer(Ambassador ambassador, InternshipKind kind, String title, Theme topic, int startsInDays, int months, String description) {
        LocalDate start = LocalDate.now(clock).plusDays(startsInDays);
        String commune = ambassador.communeInseeCode();
        internships.store(InternshipOffer.publish(ambassador, new OfferDetails(kind, title, topic, commune, start, start.plusMonths(months),
                description), territories.territoryOfCommune(commune).orElseThrow(), LocalDate.now(clock), Instant.now(clock)));
    }
}
