package fr.budgetcitoyen.mail;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A mail written in the transaction that decided it (the outbox): it leaves once that transaction has
 * committed, and is deleted once the SMTP server has taken it. A node dying between the two leaves the
 * row, so another node sends it — at most once more, never lost. Failed attempts wait longer each time
 * (1, 2, 4 … minutes, at most an hour); after {@link #GIVE_UP} the mail is dropped and logged.
 */
@Entity
@Table(name = "mail_outbox")
public class QueuedMail extends IdentifiedEntity {

    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    public static final Duration GIVE_UP = Duration.ofDays(3);

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, length = 100_000)
    private String body;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected QueuedMail() {
        // for JPA
    }

    /** Queued now; retries wait a period, so the sending right after the commit goes first. */
    public QueuedMail(String recipient, String subject, String body, Instant now, Duration period) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.queuedAt = now;
        this.nextAttemptAt = now.plus(period);
    }

    /** Records a failed attempt; the next one waits twice as long as the last (capped). */
    public void failed(String error, Instant now, Duration period) {
        attempts++;
        long seconds = Math.min(LONGEST_WAIT.toSeconds(), Math.max(1, period.toSeconds()) << Math.min(attempts, 20));
        nextAttemptAt = now.plusSeconds(seconds);
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    }

    /** An agent asks for an attempt at once (the relay is back). */
    public void retryNow(Instant now) {
        nextAttemptAt = now;
    }

    public Instant queuedAt() { return queuedAt; }

    /** Too old to be worth sending: the outbox drops it (and says so in the log). */
    public boolean expired(Instant now) {
        return queuedAt.plus(GIVE_UP).isBefore(now);
    }

    public String recipient() { return recipient; }

    public String subject() { return subject; }

    public String body() { return body; }

    public int attempts() { return attempts; }

    public Instant nextAttemptAt() { return nextAttemptAt; }

    public String lastError() { return lastError; }
}
