package fr.budgetcitoyen.web.territory;

import fr.budgetcitoyen.territory.TerritoryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code #{territoryNames.of(code)}}: any view shows a territory by its name, never by its code. */
@Named
@ApplicationScoped
public class TerritoryNames {

    @Inject
    private TerritoryService territories;

    public String of(String code) {
        return territories.nameOf(code);
    }
}
