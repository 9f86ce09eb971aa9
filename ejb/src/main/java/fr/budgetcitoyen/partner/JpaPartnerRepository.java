package fr.budgetcitoyen.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPartnerRepository implements PartnerRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Partner> all() {
        return em.createQuery("select p from Partner p order by lower(p.name)", Partner.class).getResultList();
    }

    @Override
    public Optional<Partner> find(long id) {
        return Optional.ofNullable(em.find(Partner.class, id));
    }

    @Override
    public List<Partner> managedBy(long accountId) {
        return em.createQuery("select p from Partner p where :a member of p.memberAccountIds order by lower(p.name)", Partner.class)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public void store(Partner partner) {
        em.persist(partner);
    }

    @Override
    public List<Slot> freeSlotsFrom(LocalDateTime from) {
        return em.createQuery("select s from Slot s where s.bookedBy is null and s.startsAt > :from order by s.startsAt, s.id", Slot.class)
                .setParameter("from", from).getResultList();
    }

    @Override
    public List<Slot> slotsOf(long partnerId) {
        return em.createQuery("select s from Slot s where s.partnerId = :p order by s.startsAt desc", Slot.class)
                .setParameter("p", partnerId).getResultList();
    }

    @Override
    public List<Slot> bookedBy(long accountId) {
        return em.createQuery("select s from Slot s where s.bookedBy = :a order by s.startsAt", Slot.class)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public Optional<Slot> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Slot.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void store(Slot slot) {
        em.persist(slot);
    }
}
