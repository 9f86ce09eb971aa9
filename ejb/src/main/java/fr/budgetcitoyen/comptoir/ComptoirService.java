package fr.budgetcitoyen.comptoir;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.account.Caller;
import fr.budgetcitoyen.account.Role;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.idea.IdeaRepository;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.InvalidFieldsException.Problem;
import fr.budgetcitoyen.territory.TerritoryRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The comptoirs à initiatives citoyennes: agents plan sessions, residents register (or wait), hosts
 * record who came. Registering and cancelling lock the session's row, so two residents racing for the
 * last seat are served one after the other: one gets the seat, the other the waiting list.
 */
@Stateless
public class ComptoirService {

    @Resource private SessionContext context;
    @EJB private Caller caller;
    @EJB private CampaignService campaigns;
    @Inject private ComptoirRepository sessions;
    @Inject private AccountRepository accounts;
    @Inject private IdeaRepository ideas;
    @Inject private TerritoryRepository territories;
    @EJB private AuditLog audit;
    @Inject private ComptoirNotices notices;
    @Inject private Clock clock;

    /** The edition whose comptoirs the public sees: the one coaching today, else the current one. */
    @PermitAll
    public Optional<Campaign> edition() {
        return campaigns.openFor(PhaseType.COMPTOIRS).or(() -> campaigns.currentEdition().map(o -> o.campaign()));
    }

    @PermitAll
    public List<ComptoirSession> sessions(long campaignId, String territoryCode, Workshop workshop) {
        return sessions.byCampaign(campaignId, territoryCode, workshop);
    }

    @PermitAll
    public Optional<ComptoirSession> session(long id) {
        return sessions.find(id).filter(s -> s.campaign().isPublic());
    }

    @PermitAll
    public List<ComptoirFigures> figures(long campaignId) {
        List<String> order = territories.findAll().stream().map(t -> t.code()).toList();
        return ComptoirFigures.of(sessions.byCampaign(campaignId, null, null), order);
    }

    @RolesAllowed("RESIDENT")
    public Registration register(long sessionId, Long ideaId) {
        Account resident = caller.account();
        ComptoirSession session = sessions.findForUpdate(sessionId).orElseThrow();
        Long brought = ideaId == null ? null : ideas.find(ideaId).filter(i -> i.authorId().equals(resident.id()))
                .map(i -> i.id()).orElseThrow(() -> new RegistrationRefusedException("comptoir.refused.notYourIdea"));
        Registration registration = session.register(resident.id(), brought, now(), Instant.now(clock));
        audit.record(resident.email(), "comptoir.register", "comptoir:" + sessionId, null, registration.status().name());
        return registration;
    }

    /** Gives the caller's place back; whoever is promoted from the waiting list is told by mail. */
    @RolesAllowed("RESIDENT")
    public void cancel(long sessionId) {
        Account resident = caller.account();
        ComptoirSession session = sessions.findForUpdate(sessionId).orElseThrow();
        Optional<Registration> promoted = session.cancel(resident.id(), now());
        audit.record(resident.email(), "comptoir.cancel", "comptoir:" + sessionId, null, "CANCELLED");
        promoted.ifPresent(r -> notices.tell(r.accountId(), "comptoirPromoted", session));
    }

    /** The caller's active registration to a session. */
    @RolesAllowed("RESIDENT")
    public Optional<Registration> myRegistration(long sessionId) {
        long me = caller.account().id();
        return sessions.find(sessionId).flatMap(s -> s.registrationOf(me)).filter(Registration::isActive);
    }

    @RolesAllowed("RESIDENT")
    public List<ComptoirSession> mine() {
        long me = caller.account().id();
        return sessions.withRegistrationOf(me).stream()
                .filter(s -> s.registrationOf(me).filter(Registration::isActive).isPresent()).toList();
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public ComptoirSession plan(long campaignId, SessionPlan plan, String hostEmail) {
        Campaign campaign = campaigns.publicEditions().stream().filter(c -> c.id() == campaignId).findFirst()
                .orElseThrow();
        String territory = plan.communeInseeCode() == null ? null
                : territories.territoryOfCommune(plan.communeInseeCode()).orElse(null);
        ComptoirSession session = ComptoirSession.plan(campaign, plan, territory);
        session.assignHost(host(hostEmail));
        sessions.store(session);
        audit.record(caller.account().email(), "comptoir.plan", "comptoir:" + session.id(), null,
                session.workshop() + " " + session.startsAt() + " " + session.venue());
        return session;
    }

    /** The sessions the caller hosts; agents see every session of the edition. */
    @RolesAllowed({"COMPTOIR_HOST", "AGENT", "ADMIN"})
    public List<ComptoirSession> hosted(long campaignId) {
        return isStaff() ? sessions.byCampaign(campaignId, null, null) : sessions.hostedBy(caller.account().id());
    }

    @RolesAllowed({"COMPTOIR_HOST", "AGENT", "ADMIN"})
    public Optional<ComptoirSession> hostedSession(long sessionId) {
        long me = caller.account().id();
        return sessions.find(sessionId).filter(s -> isStaff() || s.isHostedBy(me));
    }

    @RolesAllowed({"COMPTOIR_HOST", "AGENT", "ADMIN"})
    public void recordAttendance(long sessionId, Collection<Long> presentAccountIds) {
        ComptoirSession session = hostedSession(sessionId).orElseThrow();
        session.recordAttendance(presentAccountIds, now());
        audit.record(caller.account().email(), "comptoir.attendance", "comptoir:" + sessionId, null,
                presentAccountIds.size() + "/" + session.confirmed().size());
    }

    /** Names of the registered residents, for the host's attendance sheet. */
    @RolesAllowed({"COMPTOIR_HOST", "AGENT", "ADMIN"})
    public String nameOf(long accountId) {
        return accounts.find(accountId).map(Account::displayName).orElse("—");
    }

    private Long host(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return accounts.findByEmail(email.strip()).filter(a -> a.hasRole(Role.COMPTOIR_HOST)).map(Account::id)
                .orElseThrow(() -> new InvalidFieldsException(List.of(new Problem("host", "comptoir.host.unknown"))));
    }

    /** The département's local time by the application clock: sessions are planned in it. */
    @PermitAll
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private boolean isStaff() {
        return context.isCallerInRole("AGENT") || context.isCallerInRole("ADMIN");
    }
}
