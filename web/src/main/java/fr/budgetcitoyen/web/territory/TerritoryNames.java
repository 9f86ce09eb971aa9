package fr.budgetcitoyen.web.territory;

import fr.budgetcitoyen.territory.Territory;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.territory.TerritorySummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** {@code #{territoryNames.of(code)}}: any view shows a territory by its name, never by its code; and lists them all. */
@Named
@ApplicationScoped
public class TerritoryNames {

    @Inject private TerritoryService territories;

    public String of(String code) {
        return territories.nameOf(code);
    }

    /** {@code #{territoryNames.all}}: the territories, for a filter or a map. */
    public List<Territory> getAll() {
        return territories.territories().stream().map(TerritorySummary::territory).toList();
    }
}
