package fr.budgetcitoyen.territory;

import java.util.List;
import java.util.Optional;

/** The 8 territories and the communes that make them up. */
public interface TerritoryRepository {

    List<Territory> findAll();

    Optional<Territory> find(String code);

    /** Communes count and population per territory code. */
    List<TerritoryStatistics> statistics();

    List<Commune> communesWithPostalCode(String postalCode);

    Optional<Commune> commune(String inseeCode);

    /** The code of the territory a commune (INSEE code) belongs to. */
    Optional<String> territoryOfCommune(String inseeCode);
}
