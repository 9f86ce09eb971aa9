package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.AmbassadorRequest;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The requests an ambassador received (calls for help, applications), answered row by row: the word typed on each
 * row goes with the acceptance or the refusal, and the message says so for the kind of request
 * ({@code mentoring.accepted}, {@code internship.declined}). The page passes the service's answer at each call.
 */
public final class RequestAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's accept or decline: request N, with the ambassador's word. */
    @FunctionalInterface
    public interface Answer {
        void send(long requestId, String word);
    }

    private final Map<Long, String> words = new HashMap<>();

    public void accept(AmbassadorRequest request, Answer accept) {
        send(request, accept, "accepted");
    }

    public void decline(AmbassadorRequest request, Answer decline) {
        send(request, decline, "declined");
    }

    private void send(AmbassadorRequest request, Answer answer, String outcome) {
        Refusals.attempt(() -> {
            answer.send(request.id(), words.get(request.id()));
            Messages.addGlobalInfo(Texts.get(request.kind() + "." + outcome));
        }, Refusals.GLOBAL);
    }

    /** The word typed on each row, by request id. */
    public Map<Long, String> getWords() { return words; }
}
