package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.territory.Commune;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.web.platform.DetailPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** An ambassador's public profile, {@code /ambassador?id=N}; the contact only with their consent. */
@Named
@RequestScoped
public class AmbassadorBacking extends DetailPage<Ambassador> {

    @EJB private AmbassadorService ambassadors;
    @Inject private TerritoryService territories;

    public AmbassadorBacking() {
        super("Ambassadeur inconnu");
    }

    @Override
    protected Optional<Ambassador> find(long id) {
        return ambassadors.ambassador(id);
    }

    public Ambassador getAmbassador() {
        return shown();
    }

    public String getPlace() {
        return territories.commune(shown().communeInseeCode()).map(Commune::name).orElse("") + " ("
                + territories.nameOf(shown().territoryCode()) + ")";
    }
}
