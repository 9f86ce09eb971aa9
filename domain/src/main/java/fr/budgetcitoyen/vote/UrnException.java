package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.shared.Refusal;

/**
 * A step of the urn's ceremony that cannot be taken now or with this message: a bundle key, and the
 * urn module's own French explanation when a message did not check.
 */
public class UrnException extends RuntimeException implements Refusal {

    private final String messageKey;
    private final String detail;

    public UrnException(String messageKey) {
        this(messageKey, null);
    }

    public UrnException(String messageKey, String detail) {
        super(messageKey + (detail == null ? "" : ": " + detail));
        this.messageKey = messageKey;
        this.detail = detail;
    }

    @Override
    public String messageKey() { return messageKey; }

    /** What the cryptography said, in French, or null. */
    public String detail() { return detail; }
}
