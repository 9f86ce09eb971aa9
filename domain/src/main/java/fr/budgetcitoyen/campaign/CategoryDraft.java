package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.shared.Money;

import java.math.BigDecimal;

/** A category as an agent types it: support rule (share of the cost, ceiling) and share of the envelope. */
public record CategoryDraft(String code, String name, String description, BigDecimal maxSharePercent, Money ceiling,
                            BigDecimal envelopeSharePercent) {
}
