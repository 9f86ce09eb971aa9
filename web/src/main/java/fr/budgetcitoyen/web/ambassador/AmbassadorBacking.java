package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.territory.Commune;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.web.platform.PageIds;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/** An ambassador's public profile, {@code /ambassador?id=N}; the contact only with their consent. */
@Named
@RequestScoped
public class AmbassadorBacking {

    @EJB
    private AmbassadorService ambassadors;

    @Inject
    private TerritoryService territories;

    @Inject
    @Param(name = "id")
    private String id;

    private Ambassador ambassador;

    @PostConstruct
    void load() {
        ambassador = PageIds.findOr404(id, ambassadors::ambassador, "Ambassadeur inconnu");
    }

    public Ambassador getAmbassador() {
        return ambassador;
    }

    public String getPlace() {
        return territories.commune(ambassador.communeInseeCode()).map(Commune::name).orElse("") + " ("
                + territories.nameOf(ambassador.territoryCode()) + ")";
    }
}
