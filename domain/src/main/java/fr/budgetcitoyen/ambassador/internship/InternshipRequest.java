package fr.budgetcitoyen.ambassador.internship;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.AmbassadorRequest;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A young person applies for an offer with a short message; the ambassador accepts (the applicant then gets
 * the initiative's contact) or declines with a word, as for mentoring. One request per offer and person.
 */
@Entity
@Table(name = "internship_request")
public class InternshipRequest extends AmbassadorRequest {

    @Column(name = "offer_id", nullable = false)
    private Long offerId;

    @Column(name = "applicant_account_id", nullable = false)
    private Long applicantAccountId;

    protected InternshipRequest() {
        // for JPA
    }

    private InternshipRequest(InternshipOffer offer, long applicantAccountId, String message, Instant now) {
        super(message, now);
        this.offerId = offer.id();
        this.applicantAccountId = applicantAccountId;
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
        return new InternshipRequest(offer, applicantAccountId, message, now);
    }

    @Override
    public String kind() {
        return "internship";
    }

    @Override
    public long requesterAccountId() { return applicantAccountId; }

    public long offerId() { return offerId; }

    public long applicantAccountId() { return applicantAccountId; }
}
