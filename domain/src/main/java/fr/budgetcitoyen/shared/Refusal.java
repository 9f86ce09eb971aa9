package fr.budgetcitoyen.shared;

/** A refusal the user is told about, in their language: the bundle key of its message. */
public interface Refusal {

    String messageKey();
}
