package fr.budgetcitoyen.territory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The territories of the département, with how many communes and inhabitants each counts. */
@Stateless
public class TerritoryService {

    @Inject private TerritoryRepository territories;

    public List<TerritorySummary> territories() {
        Map<String, TerritoryStatistics> stats = territories.statistics().stream()
                .collect(Collectors.toMap(TerritoryStatistics::territoryCode, Function.identity()));
        return territories.findAll().stream()
                .map(t -> new TerritorySummary(t, stats.getOrDefault(t.code(), new TerritoryStatistics(t.code(), 0, 0))))
                .toList();
    }

    /** "arrageois" → "Arrageois"; an unknown code is shown as it is. */
    public String nameOf(String code) {
        return code == null ? null : territories.find(code).map(Territory::name).orElse(code);
    }

    public List<Commune> communesWithPostalCode(String postalCode) {
        return territories.communesWithPostalCode(postalCode);
    }

    public Optional<Commune> commune(String inseeCode) {
        return inseeCode == null ? Optional.empty() : territories.commune(inseeCode);
    }
}
