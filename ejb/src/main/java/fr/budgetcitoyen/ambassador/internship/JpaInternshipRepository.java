package fr.budgetcitoyen.ambassador.internship;

import fr.budgetcitoyen.platform.JpaStore;
import fr.budgetcitoyen.shared.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaInternshipRepository extends JpaStore implements InternshipRepository {

    /** Optional filters as "(:x is null or …)": one query serves every combination. */
    private static final String OPEN = " from InternshipOffer o where o.closedAt is null and o.period.lastDay >= :today"
            + " and (:kind is null or o.kind = :kind)"
            + " and (:territory is null or o.territoryCode = :territory)"
            + " and (:topic is null or o.topic = :topic)";

    @Override
    public List<InternshipOffer> openOffers(InternshipKind kind, String territory, Theme topic, LocalDate today, int first, int max) {
        return filtered(em.createQuery("select o" + OPEN + " order by o.period.firstDay, o.id", InternshipOffer.class), kind, territory, topic, today)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countOpenOffers(InternshipKind kind, String territory, Theme topic, LocalDate today) {
        return filtered(em.createQuery("select count(o)" + OPEN, Long.class), kind, territory, topic, today).getSingleResult();
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, InternshipKind kind, String territory, Theme topic, LocalDate today) {
        return query.setParameter("today", today).setParameter("kind", kind)
                .setParameter("territory", unlessBlank(territory)).setParameter("topic", topic);
    }

    @Override
    public List<InternshipOffer> offersOf(long ambassadorId) {
        return list(InternshipOffer.class,
                "select o from InternshipOffer o where o.ambassadorId = :a order by o.publishedAt desc, o.id desc",
                "a", ambassadorId);
    }

    @Override
    public Optional<InternshipOffer> offer(long id) {
        return byId(InternshipOffer.class, id);
    }

    @Override
    public List<InternshipOffer> offers(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list(InternshipOffer.class, "select o from InternshipOffer o where o.id in :ids",
                "ids", ids);
    }

    @Override
    public void store(InternshipOffer offer) {
        em.persist(offer);
    }

    @Override
    public List<InternshipRequest> requestsTo(long ambassadorId) {
        return list(InternshipRequest.class,
                "select r from InternshipRequest r where r.offerId in"
                + " (select o.id from InternshipOffer o where o.ambassadorId = :a) order by r.askedAt desc, r.id desc",
                "a", ambassadorId);
    }

    @Override
    public List<InternshipRequest> requestsBy(long applicantAccountId) {
        return list(InternshipRequest.class,
                "select r from InternshipRequest r where r.applicantAccountId = :p order by r.askedAt desc, r.id desc",
                "p", applicantAccountId);
    }

    @Override
    public Optional<InternshipRequest> request(long id) {
        return byId(InternshipRequest.class, id);
    }

    @Override
    public boolean hasAsked(long offerId, long applicantAccountId) {
        return single(Long.class, "select count(r) from InternshipRequest r where r.offerId = :o and r.applicantAccountId = :p",
                "o", offerId, "p", applicantAccountId) > 0;
    }

    @Override
    public void store(InternshipRequest request) {
        em.persist(request);
    }
}
