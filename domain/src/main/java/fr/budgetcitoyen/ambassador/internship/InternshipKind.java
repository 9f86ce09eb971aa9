package fr.budgetcitoyen.ambassador.internship;

/** What an ambassador offers a young person: an internship (a school's agreement) or a civic service mission. */
public enum InternshipKind {
    INTERNSHIP,
    CIVIC_SERVICE
}
