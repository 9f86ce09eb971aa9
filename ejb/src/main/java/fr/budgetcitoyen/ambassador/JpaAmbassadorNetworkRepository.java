package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.comptoir.Workshop;
import fr.budgetcitoyen.shared.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAmbassadorNetworkRepository implements AmbassadorNetworkRepository {

    private static final String SHEETS = "select s from ExperienceSheet s where ";
    private static final String NEWEST = " order by s.publishedAt desc, s.id desc";

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<ExperienceSheet> sheetsOf(long ambassadorId) {
        return em.createQuery(SHEETS + "s.ambassadorId = :a" + NEWEST, ExperienceSheet.class).setParameter("a", ambassadorId).getResultList();
    }

    @Override
    public List<ExperienceSheet> sheetsOnTheme(Theme theme) {
        return em.createQuery(SHEETS + "s.theme = :t" + NEWEST, ExperienceSheet.class).setParameter("t", theme).getResultList();
    }

    @Override
    public List<ExperienceSheet> sheetsOnWorkshop(Workshop workshop) {
        return em.createQuery(SHEETS + "s.workshop = :w" + NEWEST, ExperienceSheet.class).setParameter("w", workshop).getResultList();
    }

    @Override
    public void store(ExperienceSheet sheet) {
        em.persist(sheet);
    }

    @Override
    public List<MentoringRequest> requestsTo(long ambassadorId) {
        return em.createQuery("select r from MentoringRequest r where r.ambassadorId = :a order by r.askedAt desc", MentoringRequest.class)
                .setParameter("a", ambassadorId).getResultList();
    }

    @Override
    public List<MentoringRequest> requestsBy(long carrierAccountId) {
        return em.createQuery("select r from MentoringRequest r where r.carrierAccountId = :c order by r.askedAt desc", MentoringRequest.class)
                .setParameter("c", carrierAccountId).getResultList();
    }

    @Override
    public List<MentoringRequest> openRequests() {
        return em.createQuery("select r from MentoringRequest r where r.reply.status = :s order by r.askedAt", MentoringRequest.class)
                .setParameter("s", RequestStatus.OPEN).getResultList();
    }

    @Override
    public Optional<MentoringRequest> request(long id) {
        return Optional.ofNullable(em.find(MentoringRequest.class, id));
    }

    @Override
    public void store(MentoringRequest request) {
        em.persist(request);
    }

    @Override
    public List<GangEvent> eventsFrom(LocalDate day) {
        return em.createQuery("select e from GangEvent e where e.heldOn >= :d order by e.heldOn", GangEvent.class)
                .setParameter("d", day).getResultList();
    }

    @Override
    public void store(GangEvent event) {
        em.persist(event);
    }
}
