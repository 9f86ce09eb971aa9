package fr.budgetcitoyen.ambassador.internship;

import fr.budgetcitoyen.shared.Theme;

import java.time.LocalDate;

/** An offer as its ambassador writes it; the commune's territory is looked up by the service. */
public record OfferDetails(InternshipKind kind, String title, Theme topic, String communeInseeCode, LocalDate startsOn,
                           LocalDate endsOn, String description) {
}
