package fr.budgetcitoyen.web.vote;

import fr.budgetcitoyen.vote.UrnException;
import fr.budgetcitoyen.web.i18n.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * An urn ceremony's refusal in the reader's language, with what the cryptography said (in French) or the
 * address concerned when the service gives it: next to its field when there is one, else global.
 */
final class UrnRefusals {

    private UrnRefusals() {
    }

    static String text(UrnException refused) {
        String message = Texts.get(refused.messageKey());
        return refused.detail() == null || refused.detail().isBlank() ? message
                : Texts.format("urn.refusal.detail", message, refused.detail());
    }

    /** Shows the refusal on {@code clientId}, or as a global message when it is null. */
    static void show(UrnException refused, String clientId) {
        if (clientId == null) {
            Messages.addGlobalError(text(refused));
        } else {
            Messages.addError(clientId, text(refused));
        }
        Faces.validationFailed();
    }
}
