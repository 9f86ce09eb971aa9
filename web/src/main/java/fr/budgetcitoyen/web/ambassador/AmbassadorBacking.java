package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.territory.Commune;
import fr.budgetcitoyen.territory.TerritoryService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

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
        ambassador = id != null && id.matches("\\d{1,12}") ? ambassadors.ambassador(Long.parseLong(id)).orElse(null) : null;
        if (ambassador == null) {
            Faces.responseSendError(404, "Ambassadeur inconnu");
        }
    }

    public Ambassador getAmbassador() {
        return ambassador;
    }

    public String getPlace() {
        return territories.commune(ambassador.communeInseeCode()).map(Commune::name).orElse("") + " ("
                + territories.nameOf(ambassador.territoryCode()) + ")";
    }
}
