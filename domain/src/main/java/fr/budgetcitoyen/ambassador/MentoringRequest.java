package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MentoringStatus status;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(length = MESSAGE_MAX)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

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
        request.status = MentoringStatus.OPEN;
        request.askedAt = now;
        return request;
    }

    public void accept(String answer, Instant now) {
        close(MentoringStatus.ACCEPTED, answer, now);
    }

    public void decline(String answer, Instant now) {
        new InvalidFieldsException.Check().text(answer, MESSAGE_MAX, "answer", "mentoring.answer").orThrow();
        close(MentoringStatus.DECLINED, answer, now);
    }

    private void close(MentoringStatus outcome, String text, Instant now) {
        if (status != MentoringStatus.OPEN) {
            throw new IllegalStateException("Request " + id + " was already answered");
        }
        new InvalidFieldsException.Check()
                .require(text == null || text.strip().length() <= MESSAGE_MAX, "answer", "mentoring.answer.tooLong").orThrow();
        status = outcome;
        answer = text == null || text.isBlank() ? null : text.strip();
        answeredAt = now;
    }

    public boolean isOpen() {
        return status == MentoringStatus.OPEN;
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

    public MentoringStatus status() {
        return status;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public String answer() {
        return answer;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
