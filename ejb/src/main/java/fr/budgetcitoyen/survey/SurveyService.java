package fr.budgetcitoyen.survey;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.followup.FollowUpService;
import fr.budgetcitoyen.followup.FollowUpService.GrantLine;
import fr.budgetcitoyen.mail.Notifier;
import fr.budgetcitoyen.project.ProjectRepository;
import fr.budgetcitoyen.survey.SurveyInvitation.State;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The impact survey: an agent opens it on some editions (one mail with a personal link per funded project
 * whose carrier has an account), reminds those who have not answered, and reads the response rate and the
 * results ({@link SurveyResults}); carriers answer once through their link, signed in or not.
 */
@Stateless
public class SurveyService {

    static final String ANSWER_PAGE = "/survey-answer?token=";

    /** A survey with its response rates per edition, the total last. */
    public record Overview(Survey survey, List<ResponseRate> rates) {

        public ResponseRate total() {
            return rates.get(rates.size() - 1);
        }
    }

    /** What a link opens: its state, and (when it is known) the survey and the project's title. */
    public record Link(State state, Survey survey, String projectTitle) {
    }

    @Resource private SessionContext context;
    @Inject private SurveyRepository surveys;
    @EJB private FollowUpService followUp;
    @Inject private ProjectRepository projects;
    @Inject private AccountRepository accounts;
    @Inject private SurveyResults results;
    @Inject private Notifier notifier;
    @EJB private AuditLog audit;
    @Inject private Clock clock;

    /** The editions a survey may ask: those whose projects were funded, newest first. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public List<Integer> fundedEditions() {
        return followUp.followedYears();
    }

    /** The review step: every invalid field at once, nothing written. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public void check(Survey.Draft draft) {
        draft.check(new HashSet<>(fundedEditions()), LocalDate.now(clock));
    }

    /**
     * Opens a survey and mails its personal link to the carrier of each funded project of its editions (the
     * projects whose carrier has no account are not reachable and counted as such). Irreversible.
     *
     * @return how many projects could not be reached
     */
    @RolesAllowed({"AGENT", "ADMIN"})
    public int open(Survey.Draft draft) {
        Instant now = Instant.now(clock);
        Survey survey = Survey.open(draft, new HashSet<>(fundedEditions()), LocalDate.now(clock), caller(), now);
        surveys.store(survey);
        int sent = 0;
        int unreachable = 0;
        for (int edition : survey.editions()) {
            for (GrantLine line : followUp.grants(edition)) {
                Optional<Account> carrier = Optional.ofNullable(line.project().ownerId()).flatMap(accounts::find).filter(Account::isActive);
                if (carrier.isEmpty()) {
                    unreachable++;
                    continue;
                }
                SurveyInvitation.Issued issued = SurveyInvitation.send(survey, line.grant(), edition, carrier.get().email(), now);
                surveys.store(issued.invitation());
                mail("surveyInvitation", survey, carrier.get(), line.project().title(), issued.token());
                sent++;
            }
        }
        audit.record(caller(), "survey.open", "survey:" + survey.id(), null,
                survey.title() + " " + survey.editions() + " : " + sent + " envoyés, " + unreachable + " sans compte porteur");
        return unreachable;
    }

    /** A new link to every carrier who has not answered an open survey; how many were reminded. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public int remind(long surveyId) {
        Survey survey = surveys.survey(surveyId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        if (!survey.isOpen(today)) {
            return 0;
        }
        List<SurveyInvitation> pending = surveys.invitationsOf(surveyId).stream().filter(i -> !i.answered()).toList();
        Map<Long, String> titles = survey.editions().stream().flatMap(e -> followUp.grants(e).stream())
                .collect(Collectors.toMap(l -> l.project().id(), l -> l.project().title()));
        for (SurveyInvitation invitation : pending) {
            SurveyInvitation.Issued issued = invitation.remind(survey, today);
            accounts.findByEmail(invitation.recipient()).ifPresent(carrier ->
                    mail("surveyReminder", survey, carrier, titles.getOrDefault(invitation.projectId(), ""), issued.token()));
        }
        audit.record(caller(), "survey.remind", "survey:" + surveyId, null, pending.size() + " relancés");
        return pending.size();
    }

    /** Every survey with its response rates: two reads, whatever their number. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public List<Overview> surveys() {
        List<Survey> all = surveys.surveys();
        Map<Long, List<SurveyInvitation>> invitations = surveys.invitationsOfSurveys(all.stream().map(Survey::id).toList())
                .stream().collect(Collectors.groupingBy(SurveyInvitation::surveyId));
        return all.stream().map(s -> new Overview(s, ResponseRate.of(invitations.getOrDefault(s.id(), List.of())))).toList();
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public Optional<SurveyResults.Results> results(long surveyId) {
        return surveys.survey(surveyId).map(results::of);
    }

    /** What a personal link opens; an unknown link says so, it never fails. */
    @PermitAll
    public Link link(String token) {
        return surveys.invitation(token).map(i -> {
            Survey survey = surveys.survey(i.surveyId()).orElseThrow();
            String title = projects.find(i.projectId()).map(p -> p.title()).orElse("");
            return new Link(i.state(survey, LocalDate.now(clock)), survey, title);
        }).orElse(new Link(State.UNKNOWN, null, null));
    }

    /**
     * The carrier's answer through their link, once. Invalid answers throw with each field's problem.
     *
     * @return the state the link was in: {@code OPEN} when this answer was recorded
     */
    @PermitAll
    public State answer(String token, Answer answer, List<String> freeAnswers) {
        Optional<SurveyInvitation> found = surveys.invitationForUpdate(token);
        if (found.isEmpty()) {
            return State.UNKNOWN;
        }
        SurveyInvitation invitation = found.get();
        Survey survey = surveys.survey(invitation.surveyId()).orElseThrow();
        State state = invitation.state(survey, LocalDate.now(clock));
        if (state == State.OPEN) {
            invitation.answer(survey, answer, freeAnswers, Instant.now(clock), LocalDate.now(clock));
        }
        return state;
    }

    private void mail(String kind, Survey survey, Account carrier, String projectTitle, String token) {
        notifier.notice(carrier, kind, survey.title(), projectTitle, ANSWER_PAGE + token);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
