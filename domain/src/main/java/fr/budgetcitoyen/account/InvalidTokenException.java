package fr.budgetcitoyen.account;

/** The link is unknown, already used, expired or meant for something else: one message for all. */
public class InvalidTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException() {
        super("This link is invalid, expired or already used");
    }
}
