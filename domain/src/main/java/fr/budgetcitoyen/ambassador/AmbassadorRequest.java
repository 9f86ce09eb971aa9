package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * What someone asks an ambassador — a carrier's call for help ({@link MentoringRequest}), a young person's application
 * ({@link fr.budgetcitoyen.ambassador.internship.InternshipRequest}): a message, when it was sent, and the ambassador's
 * {@link Reply}. Each kind keeps its own table; only who asked, and about what, differ.
 */
@MappedSuperclass
public abstract class AmbassadorRequest extends IdentifiedEntity {

    public static final int MESSAGE_MAX = 2000;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Embedded
    private Reply reply;

    protected AmbassadorRequest() {
        // for JPA
    }

    /** A message already checked by the kind of request. */
    protected AmbassadorRequest(String message, Instant now) {
        this.message = message.strip();
        this.askedAt = now;
        this.reply = Reply.awaited();
    }

    /** "mentoring", "internship": the prefix of the reply's messages and of the mails to the person who asked. */
    public abstract String kind();

    /** The account of the person who asked. */
    public abstract long requesterAccountId();

    /** The person who asked deleted their account: what they wrote goes; the request stays in the ambassador's history. */
    public void forget() {
        message = "";
    }

    public void accept(String answer, Instant now) {
        reply.accept(answer, now, kind());
    }

    public void decline(String answer, Instant now) {
        reply.decline(answer, now, kind());
    }

    public boolean isOpen() {
        return reply.isOpen();
    }

    public String message() { return message; }

    public Instant askedAt() { return askedAt; }

    public RequestStatus status() {
        return reply.status();
    }

    public String answer() {
        return reply.answer();
    }

    public Instant answeredAt() {
        return reply.answeredAt();
    }
}
