package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.Caller;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.comptoir.Workshop;
import fr.budgetcitoyen.shared.Theme;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The ambassadors' network beyond their profile: experience sheets (written by an ambassador for their
 * own initiative, read by everyone), mentoring (a signed-in carrier asks, the ambassador answers; both are
 * mailed), and La Gang's meetings (planned by the Mission ESS).
 */
@Stateless
public class AmbassadorNetworkService {

    @EJB private Caller caller;
    @Inject private AmbassadorRepository ambassadors;
    @Inject private AmbassadorNetworkRepository network;
    @Inject private RequestAnswers answers;
    @EJB private AuditLog audit;
    @Inject private Clock clock;

    @PermitAll
    public List<ExperienceSheet> sheetsOf(long ambassadorId) {
        return network.sheetsOf(ambassadorId);
    }

    /** The sheets shown on an idea (its theme) or a comptoir session (its workshop). */
    @PermitAll
    public List<ExperienceSheet> sheetsFor(Theme theme, Workshop workshop) {
        return theme != null ? network.sheetsOnTheme(theme) : workshop != null ? network.sheetsOnWorkshop(workshop) : List.of();
    }

    @RolesAllowed("AMBASSADOR")
    public ExperienceSheet write(String title, String body, Theme theme, Workshop workshop) {
        Ambassador mine = mine().orElseThrow();
        ExperienceSheet sheet = ExperienceSheet.write(mine, title, body, theme, workshop, Instant.now(clock));
        network.store(sheet);
        audit.record(caller.account().email(), "ambassador.sheet", "ambassador:" + mine.id(), null, sheet.title());
        return sheet;
    }

    /** A signed-in resident asks an ambassador for help; the ambassador's account is told by mail. */
    @RolesAllowed("RESIDENT")
    public MentoringRequest ask(long ambassadorId, String message) {
        Ambassador ambassador = ambassadors.find(ambassadorId).orElseThrow();
        Account carrier = caller.account();
        boolean open = network.requestsBy(carrier.id()).stream().anyMatch(r -> r.isOpen() && r.ambassadorId() == ambassadorId);
        MentoringRequest request = MentoringRequest.ask(ambassador, carrier.id(), message, open, Instant.now(clock));
        network.store(request);
        answers.announce(request, ambassador, carrier.displayName(), request.message());
        audit.record(carrier.email(), "mentoring.ask", "ambassador:" + ambassadorId, null, null);
        return request;
    }

    @RolesAllowed("RESIDENT")
    public List<MentoringRequest> myRequests() {
        return network.requestsBy(caller.account().id());
    }

    /** The requests to the ambassador the caller manages, newest first, with who sent each. */
    @RolesAllowed("AMBASSADOR")
    public List<ReceivedRequest<MentoringRequest>> requestsToMe() {
        return answers.lines(mine().map(a -> network.requestsTo(a.id())).orElse(List.of()), r -> null);
    }

    /** The ambassador accepts: the carrier gets their answer and the initiative's contact. */
    @RolesAllowed("AMBASSADOR")
    public void accept(long requestId, String answer) {
        MentoringRequest request = mineToAnswer(requestId);
        Ambassador ambassador = ambassadors.find(request.ambassadorId()).orElseThrow();
        answers.accept(request, answer, ambassador, caller.account().email(), ambassador.name(), pageOf(ambassador));
    }

    @RolesAllowed("AMBASSADOR")
    public void decline(long requestId, String answer) {
        MentoringRequest request = mineToAnswer(requestId);
        Ambassador ambassador = ambassadors.find(request.ambassadorId()).orElseThrow();
        answers.decline(request, answer, ambassador.name(), pageOf(ambassador));
    }

    /** What the Mission ESS watches: the requests nobody answered yet, oldest first. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public List<MentoringRequest> openRequests() {
        return network.openRequests();
    }

    @PermitAll
    public List<GangEvent> upcomingEvents() {
        return network.eventsFrom(LocalDate.now(clock));
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public GangEvent plan(LocalDate heldOn, String title, String place, String description) {
        GangEvent event = GangEvent.plan(heldOn, title, place, description);
        network.store(event);
        audit.record(caller.account().email(), "gang.plan", "gang:" + event.id(), null, heldOn + " " + event.title());
        return event;
    }

    private MentoringRequest mineToAnswer(long requestId) {
        long mine = mine().orElseThrow().id();
        MentoringRequest request = network.request(requestId).filter(r -> r.ambassadorId() == mine).orElseThrow();
        audit.record(caller.account().email(), "mentoring.answer", "ambassador:" + mine, "OPEN", null);
        return request;
    }

    private static String pageOf(Ambassador ambassador) {
        return "/ambassador?id=" + ambassador.id();
    }

    private Optional<Ambassador> mine() {
        return ambassadors.managedBy(caller.account().id());
    }
}
