package fr.budgetcitoyen.platform;

/** A part of the public content changed in the current transaction (fired at flush, acted upon after commit). */
public record PublicContentChanged(PublicContent part) {
}
