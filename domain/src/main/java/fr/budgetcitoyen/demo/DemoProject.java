package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.project.Carrier;
import fr.budgetcitoyen.project.LegalForm;

/** A sample project of the demo data, before it is attached to a campaign and a territory. */
public record DemoProject(String categoryCode, String title, String summary, Carrier carrier,
                          String territoryName, long totalCostEuros, long requestedEuros) {

    static DemoProject of(String categoryCode, String title, String summary, String carrierName,
                          LegalForm legalForm, String territoryName, long totalCost, long requested) {
        return new DemoProject(categoryCode, title, summary, new Carrier(carrierName, legalForm), territoryName,
                totalCost, requested);
    }
}
