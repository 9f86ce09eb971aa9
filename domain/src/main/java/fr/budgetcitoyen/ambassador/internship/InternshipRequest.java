package fr.budgetcitoyen.ambassador.internship;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.Reply;
import fr.budgetcitoyen.ambassador.RequestStatus;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A young person applies for an offer with a short message; the ambassador accepts (the applicant then gets
 * the initiative's contact) or declines with a word, as for mentoring. One request per offer and person.
 */
@Entity
@Table(name = "internship_request")
public class InternshipRequest {

    public static final int MESSAGE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_id", nullable = false)
    private Long offerId;

    @Column(name = "applicant_account_id", nullable = false)
    private Long applicantAccountId;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Embedded
    private Reply reply;

    protected InternshipRequest() {
        // for JPA
    }

    /** Only to an offer still taking requests, never to one's own initiative, and once. */
    public static InternshipRequest apply(InternshipOffer offer, Ambassador ambassador, long applicantAccountId, String message,
                                          boolean alreadyAsked, LocalDate today, Instant now) {
        if (offer.ambassadorId() != ambassador.id()) {
            throw new IllegalArgumentException("Offer " + offer.id() + " is not ambassador " + ambassador.id() + "'s");
        }
        new InvalidFieldsException.Check()
                .require(offer.takesRequestsOn(today), "message", "internship.closed")
                .require(!ambassador.isManagedBy(applicantAccountId), "message", "internship.own")
                .require(!alreadyAsked, "message", "internship.alreadyAsked")
                .text(message, MESSAGE_MAX, "message", "internship.message")
                .orThrow();
        InternshipRequest request = new InternshipRequest();
        request.offerId = offer.id();
        request.applicantAccountId = applicantAccountId;
        request.message = message.strip();
        request.askedAt = now;
        request.reply = Reply.awaited();
        return request;
    }

    /** The applicant deleted their account: what they wrote goes; the request stays for the ambassador's history. */
    public void forget() {
        message = "";
    }

    public void accept(String answer, Instant now) {
        reply.accept(answer, now, "internship");
    }

    public void decline(String answer, Instant now) {
        reply.decline(answer, now, "internship");
    }

    public boolean isOpen() {
        return reply.isOpen();
    }

    public Long id() {
        return id;
    }

    public long offerId() {
        return offerId;
    }

    public long applicantAccountId() {
        return applicantAccountId;
    }

    public String message() {
        return message;
    }

    public Instant askedAt() {
        return askedAt;
    }

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
