package fr.budgetcitoyen.territory;

/** How many communes and inhabitants a territory counts. */
public record TerritoryStatistics(String territoryCode, long communes, long population) {
}
