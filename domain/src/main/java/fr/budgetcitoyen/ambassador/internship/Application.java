package fr.budgetcitoyen.ambassador.internship;

/** A line of a young person's applications: the request, its offer and the offer's initiative, read together. */
public record Application(InternshipRequest request, InternshipOffer offer, String ambassadorName) {
}
