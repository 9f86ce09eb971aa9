package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.cdess.CdessAtelier;
import fr.budgetcitoyen.cdess.CdessCollege;
import fr.budgetcitoyen.cdess.CdessMeeting;
import fr.budgetcitoyen.cdess.CdessMember;
import fr.budgetcitoyen.cdess.CdessRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The demo's CDESS: members named by their office (no invented people), the two ateliers the 2025-2028
 * strategy calls for (seed 002), a past plenary with its minutes and the next one with its agenda.
 */
@Dependent
class DemoCdessLoader {

    @Inject private CdessRepository cdess;
    @Inject private Clock clock;

    void load() {
        LocalDate today = LocalDate.now(clock);
        cdess.store(CdessMember.appoint("Vice-président(e) délégué(e) à l'ESS", "Département du Pas-de-Calais", CdessCollege.ELECTED));
        cdess.store(CdessMember.appoint("Conseiller(ère) départemental(e)", "Département du Pas-de-Calais", CdessCollege.ELECTED));
        cdess.store(CdessMember.appoint("Président(e)", "APES", CdessCollege.ESS_ACTORS));
        cdess.store(CdessMember.appoint("Représentant(e) des ambassadeurs", "La Gang", CdessCollege.ESS_ACTORS));
        cdess.store(CdessMember.appoint("Directeur(rice)", "Pas-de-Calais Actif", CdessCollege.PARTNERS));
        cdess.store(CdessMember.appoint("Délégué(e) régional(e)", "Chambre régionale de l'ESS", CdessCollege.INSTITUTIONS));
        CdessAtelier consultation = CdessAtelier.open("Nouvelles formes de concertation",
                "Inventer des façons de contribuer aux échanges et à la participation citoyenne.");
        cdess.store(consultation);
        cdess.store(CdessAtelier.open("ESS et transition écologique", "Relier la politique ESS aux autres politiques du Département."));
        CdessMeeting past = CdessMeeting.convene(today.minusMonths(5), null, "Bilan de l'édition précédente ; calendrier du Budget citoyen.");
        past.recordMinutes("Trente-deux participants. Le calendrier est adopté ; l'atelier concertation rendra ses propositions à l'automne.", today);
        cdess.store(past);
        cdess.store(CdessMeeting.convene(today.plusMonths(1), consultation.id(), "Propositions pour les comptoirs de la prochaine édition."));
    }
}
