package fr.budgetcitoyen.web.ambassador.internship;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.ambassador.internship.InternshipOffer;
import fr.budgetcitoyen.ambassador.internship.InternshipService;
import fr.budgetcitoyen.territory.Commune;
import fr.budgetcitoyen.territory.TerritoryService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code #{internshipLabels…}}: what offer cards show besides the offer (its ambassador, its place), once per request. */
@Named
@RequestScoped
public class InternshipLabels {

    @EJB private InternshipService internships;
    @EJB private AmbassadorService ambassadors;

    @Inject private TerritoryService territories;

    private final Map<Long, String> names = new HashMap<>();

    public String ambassadorName(long ambassadorId) {
        return names.computeIfAbsent(ambassadorId, id -> ambassadors.ambassador(id).map(Ambassador::name).orElse(""));
    }

    /** "Arras (Arrageois)". */
    public String place(InternshipOffer offer) {
        return territories.commune(offer.communeInseeCode()).map(Commune::name).orElse("") + " ("
                + territories.nameOf(offer.territoryCode()) + ")";
    }

    /** What an ambassador's public profile lists. */
    public List<InternshipOffer> openOffersOf(long ambassadorId) {
        return internships.openOffersOf(ambassadorId);
    }
}
