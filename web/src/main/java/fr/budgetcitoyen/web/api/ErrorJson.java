package fr.budgetcitoyen.web.api;

/** Every API error has this shape: the HTTP status and a message for people. */
public record ErrorJson(int status, String message) {
}
