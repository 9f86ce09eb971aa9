package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A carrier asks an ambassador for help with their idea or project; the ambassador accepts (the carrier
 * then gets the ambassador's contact) or declines, with a word for the carrier either way.
 */
@Entity
@Table(name = "mentoring_request")
public class MentoringRequest extends AmbassadorRequest {

    @Column(name = "ambassador_id", nullable = false)
    private Long ambassadorId;

    @Column(name = "carrier_account_id", nullable = false)
    private Long carrierAccountId;

    protected MentoringRequest() {
        // for JPA
    }

    private MentoringRequest(Ambassador ambassador, long carrierAccountId, String message, Instant now) {
        super(message, now);
        this.ambassadorId = ambassador.id();
        this.carrierAccountId = carrierAccountId;
    }

    /** A carrier asks; nobody asks their own initiative, and one open request per ambassador is enough. */
    public static MentoringRequest ask(Ambassador ambassador, long carrierAccountId, String message, boolean alreadyOpen, Instant now) {
        new InvalidFieldsException.Check()
                .text(message, MESSAGE_MAX, "message", "mentoring.message")
                .require(!ambassador.isManagedBy(carrierAccountId), "message", "mentoring.own")
                .require(!alreadyOpen, "message", "mentoring.alreadyOpen")
                .orThrow();
        return new MentoringRequest(ambassador, carrierAccountId, message, now);
    }

    @Override
    public String kind() {
        return "mentoring";
    }

    @Override
    public long requesterAccountId() { return carrierAccountId; }

    public long ambassadorId() { return ambassadorId; }

    public long carrierAccountId() { return carrierAccountId; }
}
