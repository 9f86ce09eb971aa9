package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.mail.Notifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What mentoring and internships share once a request reached an ambassador: the ambassador's account told of it,
 * the list of requests with who sent them (names read in one go), and the answer — accepted or declined — mailed to
 * the person who asked. The services check that the request is the caller's to answer and audit it; the mail's kind
 * is the request's ({@code mentoringAsked}, {@code internshipDeclined}…).
 */
@ApplicationScoped
public class RequestAnswers {

    @Inject private AccountRepository accounts;
    @Inject private Notifier notifier;
    @Inject private Clock clock;

    /** A new request: the account managing the ambassador is mailed, with a link to the requests to answer. */
    public void announce(AmbassadorRequest request, Ambassador ambassador, String subject, String detail) {
        ambassador.managerAccountId().flatMap(accounts::find)
                .ifPresent(manager -> notifier.notice(manager, request.kind() + "Asked", subject, detail, "/my-ambassador"));
    }

    /** The lines of an ambassador's list: one read for every sender's name, whatever the number of requests. */
    public <R extends AmbassadorRequest> List<ReceivedRequest<R>> lines(List<R> requests, Function<R, String> offerTitle) {
        Map<Long, String> names = accounts.displayNames(requests.stream().map(AmbassadorRequest::requesterAccountId).distinct().toList());
        return requests.stream().map(r -> new ReceivedRequest<>(r, names.getOrDefault(r.requesterAccountId(), ""), offerTitle.apply(r)))
                .toList();
    }

    /**
     * Accepted: the person who asked gets the ambassador's word and the initiative's contact (its profile's address,
     * else the caller's own).
     */
    public void accept(AmbassadorRequest request, String answer, Ambassador ambassador, String callerEmail, String subject, String page) {
        request.accept(answer, Instant.now(clock));
        String contact = Optional.ofNullable(ambassador.profile().contactEmail()).orElse(callerEmail);
        tell(request, "Accepted", subject, (request.answer() == null ? "" : request.answer() + "\n\n") + contact, page);
    }

    /** Declined, with the word the reply requires. */
    public void decline(AmbassadorRequest request, String answer, String subject, String page) {
        request.decline(answer, Instant.now(clock));
        tell(request, "Declined", subject, request.answer(), page);
    }

    /** A deleted or deactivated account is not mailed. */
    private void tell(AmbassadorRequest request, String outcome, String subject, String detail, String page) {
        notifier.noticeIfActive(request.requesterAccountId(), request.kind() + outcome, subject, detail, page);
    }
}
