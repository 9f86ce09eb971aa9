package fr.budgetcitoyen.urn;

/** A message of the urn that does not parse, does not check, or does not belong here; the text is French. */
public class InvalidMessageException extends RuntimeException {

    public InvalidMessageException(String message) {
        super(message);
    }
}
