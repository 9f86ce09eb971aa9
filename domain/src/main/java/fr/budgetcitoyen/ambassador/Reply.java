package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * An ambassador's answer to a request (mentoring, an internship): once, accepted or declined, with a word
 * for the person who asked — required when declining, so nobody gets a bare "no".
 */
@Embeddable
public class Reply {

    public static final int ANSWER_MAX = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RequestStatus status;

    @Column(name = "answer", length = ANSWER_MAX)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Reply() {
        // for JPA
    }

    public static Reply awaited() {
        Reply reply = new Reply();
        reply.status = RequestStatus.OPEN;
        return reply;
    }

    /** Messages are {@code keyPrefix + ".answer.required"} and {@code ".answer.tooLong"}. */
    public void accept(String text, Instant now, String keyPrefix) {
        close(RequestStatus.ACCEPTED, text, now, keyPrefix);
    }

    public void decline(String text, Instant now, String keyPrefix) {
        new InvalidFieldsException.Check().text(text, ANSWER_MAX, "answer", keyPrefix + ".answer").orThrow();
        close(RequestStatus.DECLINED, text, now, keyPrefix);
    }

    private void close(RequestStatus outcome, String text, Instant now, String keyPrefix) {
        if (status != RequestStatus.OPEN) {
            throw new IllegalStateException("Request already answered");
        }
        new InvalidFieldsException.Check()
                .require(text == null || text.strip().length() <= ANSWER_MAX, "answer", keyPrefix + ".answer.tooLong").orThrow();
        status = outcome;
        answer = text == null || text.isBlank() ? null : text.strip();
        answeredAt = now;
    }

    public boolean isOpen() {
        return status == RequestStatus.OPEN;
    }

    public RequestStatus status() { return status; }

    public String answer() { return answer; }

    public Instant answeredAt() { return answeredAt; }
}
