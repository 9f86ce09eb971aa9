package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.Scic;
import fr.budgetcitoyen.scic.ScicService;
import fr.budgetcitoyen.territory.Commune;
import fr.budgetcitoyen.territory.TerritoryService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** {@code /scics}: the réseau des SCIC 62, shareholdings of the département or not, and its resources. */
@Named
@RequestScoped
public class ScicNetworkBacking {

    @EJB private ScicService scics;
    @Inject private TerritoryService territories;

    private List<Scic> network;

    public List<Scic> getScics() {
        if (network == null) {
            network = scics.network();
        }
        return network;
    }

    public long getShareholdings() {
        return getScics().stream().filter(Scic::isShareholding).count();
    }

    /** "Lens (Lens-Liévin)". */
    public String place(Scic scic) {
        return territories.commune(scic.communeInseeCode()).map(Commune::name).orElse("") + " ("
                + territories.nameOf(scic.territoryCode()) + ")";
    }
}
