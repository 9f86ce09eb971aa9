package fr.budgetcitoyen.comptoir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaComptoirRepository implements ComptoirRepository {

    /** Sessions come with their registrations (counts, waiting list): one query, no lazy loading in views. */
    private static final String SESSIONS = "select distinct s from ComptoirSession s left join fetch s.registrations";

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ComptoirSession> find(long id) {
        return em.createQuery(SESSIONS + " where s.id = :id", ComptoirSession.class)
                .setParameter("id", id).getResultStream().findFirst().map(JpaComptoirRepository::loaded);
    }

    @Override
    public Optional<ComptoirSession> findForUpdate(long id) {
        return Optional.ofNullable(em.find(ComptoirSession.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ComptoirSession> byCampaign(long campaignId, String territoryCode, Workshop workshop) {
        return em.createQuery(SESSIONS + " where s.campaign.id = :campaign"
                        + " and (:territory is null or s.territoryCode = :territory)"
                        + " and (:workshop is null or s.workshop = :workshop) order by s.startsAt, s.id", ComptoirSession.class)
                .setParameter("campaign", campaignId)
                .setParameter("territory", territoryCode == null || territoryCode.isBlank() ? null : territoryCode)
                .setParameter("workshop", workshop)
                .getResultList();
    }

    @Override
    public List<ComptoirSession> hostedBy(long accountId) {
        return em.createQuery(SESSIONS + " where s.hostAccountId = :account order by s.startsAt desc", ComptoirSession.class)
                .setParameter("account", accountId).getResultList();
    }

    @Override
    public List<ComptoirSession> startingOn(LocalDate day) {
        return em.createQuery(SESSIONS + " where s.startsAt >= :from and s.startsAt < :to", ComptoirSession.class)
                .setParameter("from", day.atStartOfDay()).setParameter("to", day.plusDays(1).atStartOfDay())
                .getResultList();
    }

    @Override
    public List<ComptoirSession> withRegistrationOf(long accountId) {
        return em.createQuery(SESSIONS + " where exists (select r from Registration r where r.session = s"
                        + " and r.accountId = :account) order by s.startsAt desc", ComptoirSession.class)
                .setParameter("account", accountId).getResultList();
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
