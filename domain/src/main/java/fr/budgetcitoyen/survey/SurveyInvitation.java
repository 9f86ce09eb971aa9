package fr.budgetcitoyen.survey;

import fr.budgetcitoyen.account.AccountToken;
import fr.budgetcitoyen.followup.FundedProject;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A survey sent to the carrier of one funded project, with a personal link (no account needed) whose
 * secret is stored only as its SHA-256, like the accounts' tokens. Answered once; a reminder mails a new
 * link that replaces the previous one.
 */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation extends IdentifiedEntity {

    public static final int FREE_ANSWER_MAX = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a link leads to. */
    public enum State { OPEN, ANSWERED, CLOSED, UNKNOWN }

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(nullable = false)
    private int edition;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private int reminders;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Embedded
    private Answer answer;

    @ElementCollection
    @CollectionTable(name = "survey_free_answer", joinColumns = @JoinColumn(name = "invitation_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = FREE_ANSWER_MAX)
    private List<String> freeAnswers = new ArrayList<>();

    protected SurveyInvitation() {
        // for JPA
    }

    /** The invitation of a funded project's carrier; the clear link is returned once, to be mailed. */
    public static Issued send(Survey survey, FundedProject funded, int edition, String recipient, Instant now) {
        SurveyInvitation invitation = new SurveyInvitation();
        invitation.surveyId = Objects.requireNonNull(survey.id(), "a stored survey");
        invitation.projectId = funded.projectId();
        invitation.edition = edition;
        invitation.recipient = Objects.requireNonNull(recipient, "recipient");
        invitation.sentAt = now;
        return new Issued(invitation, invitation.newSecret());
    }

    /** A new link for a carrier who has not answered, while the survey is open; the old link stops working. */
    public Issued remind(Survey survey, LocalDate today) {
        if (answered() || !survey.isOpen(today)) {
            throw new IllegalStateException("Only an open survey's unanswered invitations are reminded");
        }
        reminders++;
        return new Issued(this, newSecret());
    }

    public State state(Survey survey, LocalDate today) {
        return answered() ? State.ANSWERED : survey.isOpen(today) ? State.OPEN : State.CLOSED;
    }

    /** The carrier's answer, once, while the survey is open: every asked question answered. */
    public void answer(Survey survey, Answer given, List<String> free, Instant now, LocalDate today) {
        if (state(survey, today) != State.OPEN) {
            throw new IllegalStateException("Answered or closed: " + state(survey, today));
        }
        List<String> texts = free == null ? List.of() : free.stream().map(t -> t == null ? "" : t.strip()).toList();
        new InvalidFieldsException.Check()
                .also(() -> given.checkedAgainst(survey.questions()))
                .require(texts.stream().allMatch(t -> t.length() <= FREE_ANSWER_MAX), "free", "survey.answer.free.tooLong")
                .orThrow();
        answer = given.checkedAgainst(survey.questions());
        freeAnswers = new ArrayList<>(texts.stream().limit(survey.freeQuestions().size()).toList());
        answeredAt = now;
    }

    private String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokenHash = AccountToken.hash(value);
        return value;
    }

    public boolean answered() {
        return answeredAt != null;
    }

    public long surveyId() { return surveyId; }

    public long projectId() { return projectId; }

    public int edition() { return edition; }

    public String recipient() { return recipient; }

    public Instant sentAt() { return sentAt; }

    public int reminders() { return reminders; }

    public Instant answeredAt() { return answeredAt; }

    /** Empty until answered. */
    public java.util.Optional<Answer> answer() {
        return answered() ? java.util.Optional.ofNullable(answer) : java.util.Optional.empty();
    }

    public List<String> freeAnswers() {
        return List.copyOf(freeAnswers);
    }

    /** An invitation with its clear link value, which exists only in memory until it is mailed. */
    public record Issued(SurveyInvitation invitation, String token) {
    }
}
