package fr.budgetcitoyen.comptoir;

/** Why a resident cannot (un)register: the key of a message shown to them. */
public class RegistrationRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public RegistrationRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() { return messageKey; }
}
