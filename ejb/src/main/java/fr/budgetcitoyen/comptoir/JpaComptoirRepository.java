package fr.budgetcitoyen.comptoir;

import fr.budgetcitoyen.platform.JpaStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaComptoirRepository extends JpaStore implements ComptoirRepository {

    /** Sessions come with their registrations (counts, waiting list): one query, no lazy loading in views. */
    private static final String SESSIONS = "select distinct s from ComptoirSession s left join fetch s.registrations";

    @Override
    public Optional<ComptoirSession> find(long id) {
        return first(ComptoirSession.class, SESSIONS + " where s.id = :id", "id", id).map(JpaComptoirRepository::loaded);
    }

    @Override
    public Optional<ComptoirSession> findForUpdate(long id) {
        return lockedById(ComptoirSession.class, id);
    }

    @Override
    public List<ComptoirSession> byCampaign(long campaignId, String territoryCode, Workshop workshop) {
        return list(ComptoirSession.class, SESSIONS + " where s.campaign.id = :campaign"
                        + " and (:territory is null or s.territoryCode = :territory)"
                        + " and (:workshop is null or s.workshop = :workshop) order by s.startsAt, s.id",
                "campaign", campaignId, "territory", unlessBlank(territoryCode), "workshop", workshop);
    }

    @Override
    public List<ComptoirSession> hostedBy(long accountId) {
        return list(ComptoirSession.class, SESSIONS + " where s.hostAccountId = :account order by s.startsAt desc",
                "account", accountId);
    }

    @Override
    public List<ComptoirSession> startingOn(LocalDate day) {
        return list(ComptoirSession.class, SESSIONS + " where s.startsAt >= :from and s.startsAt < :to",
                "from", day.atStartOfDay(), "to", day.plusDays(1).atStartOfDay());
    }

    @Override
    public List<ComptoirSession> withRegistrationOf(long accountId) {
        return list(ComptoirSession.class, SESSIONS + " where exists (select r from Registration r where r.session = s"
                + " and r.accountId = :account) order by s.startsAt desc", "account", accountId);
    }

    /** Views ask a session whether its step is open: its campaign's calendar is read in the transaction. */
    private static ComptoirSession loaded(ComptoirSession session) {
        session.campaign().calendar();
        return session;
    }

    @Override
    public void store(ComptoirSession session) {
        em.persist(session);
    }
}
