package fr.budgetcitoyen.territory;

import java.util.List;

/** One line of the communes reference file, before it becomes an entity. */
public record CommuneRecord(String inseeCode, String name, List<String> postalCodes, int population,
                            String arrondissement, String epciSiren, String epciName, String territoryName) {
}
