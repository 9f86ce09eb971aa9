package fr.budgetcitoyen.territory;

/** A territory with its figures. */
public record TerritorySummary(Territory territory, TerritoryStatistics statistics) {
}
