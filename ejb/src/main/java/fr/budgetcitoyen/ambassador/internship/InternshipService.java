package fr.budgetcitoyen.ambassador.internship;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.Caller;
import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.AmbassadorRepository;
import fr.budgetcitoyen.ambassador.ReceivedRequest;
import fr.budgetcitoyen.ambassador.RequestAnswers;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.TerritoryRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Internships and civic-service missions: an ambassador publishes, edits and closes their offers; a signed-in
 * young person applies once per offer; the ambassador accepts or declines. Both sides are mailed, as for mentoring.
 */
@Stateless
public class InternshipService {

    @EJB private Caller caller;
    @Inject private InternshipRepository internships;
    @Inject private AmbassadorRepository ambassadors;
    @Inject private TerritoryRepository territories;
    @Inject private RequestAnswers answers;
    @EJB private AuditLog audit;
    @Inject private Clock clock;

    /** The directory: offers still taking requests, soonest first; a null filter keeps all. */
    @PermitAll
    public List<InternshipOffer> directory(InternshipKind kind, String territory, Theme topic, int first, int max) {
        return internships.openOffers(kind, territory, topic, today(), first, max);
    }

    @PermitAll
    public long directoryCount(InternshipKind kind, String territory, Theme topic) {
        return internships.countOpenOffers(kind, territory, topic, today());
    }

    /** What an ambassador's public profile shows: their offers still taking requests. */
    @PermitAll
    public List<InternshipOffer> openOffersOf(long ambassadorId) {
        return internships.offersOf(ambassadorId).stream().filter(o -> o.takesRequestsOn(today())).toList();
    }

    @PermitAll
    public Optional<InternshipOffer> offer(long id) {
        return internships.offer(id);
    }

    @PermitAll
    public boolean takesRequests(InternshipOffer offer) {
        return offer.takesRequestsOn(today());
    }

    @RolesAllowed("AMBASSADOR")
    public List<InternshipOffer> myOffers() {
        return mine().map(a -> internships.offersOf(a.id())).orElse(List.of());
    }

    @RolesAllowed("AMBASSADOR")
    public InternshipOffer publish(OfferDetails details) {
        Ambassador mine = mine().orElseThrow();
        InternshipOffer offer = InternshipOffer.publish(mine, details, territoryOf(details), today(), Instant.now(clock));
        internships.store(offer);
        audit.record(caller.account().email(), "internship.publish", "internship:" + offer.id(), null, offer.title());
        return offer;
    }

    @RolesAllowed("AMBASSADOR")
    public void edit(long offerId, OfferDetails details) {
        InternshipOffer offer = myOffer(offerId);
        String before = offer.title();
        offer.edit(details, territoryOf(details), today());
        audit.record(caller.account().email(), "internship.edit", "internship:" + offerId, before, offer.title());
    }

    /** Closed when filled or given up: it leaves the directory; requests already sent may still be answered. */
    @RolesAllowed("AMBASSADOR")
    public void close(long offerId) {
        myOffer(offerId).close(Instant.now(clock));
        audit.record(caller.account().email(), "internship.close", "internship:" + offerId, "OPEN", "CLOSED");
    }

    /** A signed-in young person applies; the ambassador's account is told by mail. */
    @RolesAllowed("RESIDENT")
    public InternshipRequest apply(long offerId, String message) {
        InternshipOffer offer = internships.offer(offerId).orElseThrow();
        Ambassador ambassador = ambassadors.find(offer.ambassadorId()).orElseThrow();
        Account applicant = caller.account();
        InternshipRequest request = InternshipRequest.apply(offer, ambassador, applicant.id(), message,
                internships.hasAsked(offerId, applicant.id()), today(), Instant.now(clock));
        internships.store(request);
        answers.announce(request, ambassador, offer.title(), applicant.displayName() + " : " + request.message());
        audit.record(applicant.email(), "internship.apply", "internship:" + offerId, null, null);
        return request;
    }

    /** The caller's requests, newest first. */
    @RolesAllowed("RESIDENT")
    public List<InternshipRequest> myRequests() {
        return internships.requestsBy(caller.account().id());
    }

    /** The caller's requests with their offers and initiatives, newest first: three reads, whatever their number. */
    @RolesAllowed("RESIDENT")
    public List<Application> myApplications() {
        List<InternshipRequest> requests = myRequests();
        Map<Long, InternshipOffer> offers = internships.offers(requests.stream().map(InternshipRequest::offerId).distinct().toList())
                .stream().collect(Collectors.toMap(InternshipOffer::id, Function.identity()));
        Map<Long, String> names = ambassadors.names(offers.values().stream().map(InternshipOffer::ambassadorId).distinct().toList());
        return requests.stream().map(r -> new Application(r, offers.get(r.offerId()),
                names.getOrDefault(offers.get(r.offerId()).ambassadorId(), ""))).toList();
    }

    /** The requests to the offers of the ambassador the caller manages, newest first, with who applied and for what. */
    @RolesAllowed("AMBASSADOR")
    public List<ReceivedRequest<InternshipRequest>> requestsToMe() {
        return mine().map(a -> {
            Map<Long, String> titles = internships.offersOf(a.id()).stream()
                    .collect(Collectors.toMap(InternshipOffer::id, InternshipOffer::title));
            return answers.lines(internships.requestsTo(a.id()), r -> titles.get(r.offerId()));
        }).orElse(List.of());
    }

    /** The ambassador accepts: the applicant gets their word and the initiative's contact. */
    @RolesAllowed("AMBASSADOR")
    public void accept(long requestId, String answer) {
        InternshipRequest request = mineToAnswer(requestId);
        Ambassador ambassador = mine().orElseThrow();
        answers.accept(request, answer, ambassador, caller.account().email(), subject(ambassador, request), "/internship?id=" + request.offerId());
    }

    @RolesAllowed("AMBASSADOR")
    public void decline(long requestId, String answer) {
        InternshipRequest request = mineToAnswer(requestId);
        answers.decline(request, answer, subject(mine().orElseThrow(), request), "/internships");
    }

    private InternshipRequest mineToAnswer(long requestId) {
        InternshipRequest request = internships.request(requestId).orElseThrow();
        myOffer(request.offerId());
        audit.record(caller.account().email(), "internship.answer", "internship:" + request.offerId(), "OPEN", null);
        return request;
    }

    /** "La Ressourcerie — Stage atelier": the mail's subject. */
    private String subject(Ambassador ambassador, InternshipRequest request) {
        return ambassador.name() + " — " + internships.offer(request.offerId()).map(InternshipOffer::title).orElse("");
    }

    /** One of the caller's offers, never another ambassador's. */
    private InternshipOffer myOffer(long offerId) {
        long mine = mine().orElseThrow().id();
        return internships.offer(offerId).filter(o -> o.ambassadorId() == mine).orElseThrow();
    }

    private String territoryOf(OfferDetails details) {
        return details.communeInseeCode() == null ? null : territories.territoryOfCommune(details.communeInseeCode()).orElse(null);
    }

    private Optional<Ambassador> mine() {
        return ambassadors.managedBy(caller.account().id());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
