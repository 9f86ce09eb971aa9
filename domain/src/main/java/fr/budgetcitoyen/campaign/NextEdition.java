package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.shared.Money;

/**
 * Next year's campaign prepared from an edition, as a draft: same steps moved by whole years, same categories,
 * support rules and envelope shares, same eligible legal forms; agents then adjust what changed. Built through
 * the campaign's public operations only, so the new edition's invariants are checked as for any other.
 */
public final class NextEdition {

    private NextEdition() {
    }

    public static Campaign from(Campaign source, int year, String title, Money envelope) {
        Campaign copy = new Campaign(year, title, envelope);
        for (PhaseDates step : source.calendar().movedBy(year - source.year())) {
            copy.schedule(step.type(), step.start(), step.end());
        }
        for (Category category : source.categories()) {
            copy.addCategory(category.code(), category.name(), category.description(), category.supportRule())
                    .revise(category.name(), category.description(), category.supportRule(),
                            category.envelopeSharePercent().orElse(null));
        }
        copy.admit(source.eligibleLegalForms());
        return copy;
    }
}
