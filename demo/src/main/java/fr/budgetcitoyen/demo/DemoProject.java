package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.project.Carrier;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.Theme;

/** A sample project of the demo data, before it is attached to a campaign and a territory. */
public record DemoProject(Theme theme, String categoryCode, String title, String summary, Carrier carrier,
                          String territoryName, long totalCostEuros, long requestedEuros) {

    static DemoProject of(Theme theme, String categoryCode, String title, String summary, String carrierName,
                          LegalForm legalForm, String territoryName, long totalCost, long requested) {
        return new DemoProject(theme, categoryCode, title, summary, new Carrier(carrierName, legalForm), territoryName,
                totalCost, requested);
    }
}
