package fr.budgetcitoyen.account;

/**
 * An account's owner deleted it: the features that keep what the person wrote (an internship request's message)
 * forget it in the same transaction, without the account feature knowing each of them.
 */
public record AccountErased(long accountId) {
}
