package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A carrier asks an ambassador for help with their idea or project; the ambassador accepts (the carrier
 * then gets the ambassador's contact) or declines, with a word for the carrier either way.
 */
@Entity
@Table(name = "mentoring_request")
public class MentoringRequest {

    public static final int MESSAGE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ambassador_id", nullable = false)
    private Long ambassadorId;

    @Column(name = "carrier_account_id", nullable = false)
    private Long carrierAccountId;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Embedded
    private Reply reply;

    protected MentoringRequest() {
        // for JPA
    }

    /** A carrier asks; nobody asks their own initiative, and one open request per ambassador is enough. */
    public static MentoringRequest ask(Ambassador ambassador, long carrierAccountId, String message, boolean alreadyOpen, Instant now) {
        new InvalidFieldsException.Check()
                .text(message, MESSAGE_MAX, "message", "mentoring.message")
                .require(!ambassador.isManagedBy(carrierAccountId), "message", "mentoring.own")
                .require(!alreadyOpen, "message", "mentoring.alreadyOpen")
                .orThrow();
        MentoringRequest request = new MentoringRequest();
        request.ambassadorId = ambassador.id();
        request.carrierAccountId = carrierAccountId;
        request.message = message.strip();
        request.askedAt = now;
        request.reply = Reply.awaited();
        return request;
    }

    /** The carrier deleted their account: what they wrote goes; the request stays in the ambassador's history. */
    public void forget() {
        message = "";
    }

    public void accept(String answer, Instant now) {
        reply.accept(answer, now, "mentoring");
    }

    public void decline(String answer, Instant now) {
        reply.decline(answer, now, "mentoring");
    }

    public boolean isOpen() {
        return reply.isOpen();
    }

    public Long id() {
        return id;
    }

    public long ambassadorId() {
        return ambassadorId;
    }

    public long carrierAccountId() {
        return carrierAccountId;
    }

    public String message() {
        return message;
    }

    public RequestStatus status() {
        return reply.status();
    }

    public Instant askedAt() {
        return askedAt;
    }

    public String answer() {
        return reply.answer();
    }

    public Instant answeredAt() {
        return reply.answeredAt();
    }
}
