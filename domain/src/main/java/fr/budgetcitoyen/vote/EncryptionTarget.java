package fr.budgetcitoyen.vote;

/**
 * What the voter's page needs to encrypt a choice itself: the edition (its sealed election is read from
 * the API), the category's question and the project's answer in it, and the voter's pseudonym.
 */
public record EncryptionTarget(int year, int question, int choice, String pseudonym) {
}
