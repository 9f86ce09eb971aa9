package fr.budgetcitoyen.partner;

import fr.budgetcitoyen.platform.JpaStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPartnerRepository extends JpaStore implements PartnerRepository {

    @Override
    public List<Partner> all() {
        return list(Partner.class, "select p from Partner p order by lower(p.name)");
    }

    @Override
    public Optional<Partner> find(long id) {
        return byId(Partner.class, id);
    }

    @Override
    public List<Partner> managedBy(long accountId) {
        return list(Partner.class, "select p from Partner p where :a member of p.memberAccountIds order by lower(p.name)",
                "a", accountId);
    }

    @Override
    public void store(Partner partner) {
        em.persist(partner);
    }

    @Override
    public List<Slot> freeSlotsFrom(LocalDateTime from) {
        return list(Slot.class, "select s from Slot s where s.bookedBy is null and s.startsAt > :from order by s.startsAt, s.id",
                "from", from);
    }

    @Override
    public List<Slot> slotsOf(long partnerId) {
        return list(Slot.class, "select s from Slot s where s.partnerId = :p order by s.startsAt desc", "p", partnerId);
    }

    @Override
    public List<Slot> bookedBy(long accountId) {
        return list(Slot.class, "select s from Slot s where s.bookedBy = :a order by s.startsAt", "a", accountId);
    }

    @Override
    public Optional<Slot> findForUpdate(long id) {
        return lockedById(Slot.class, id);
    }

    @Override
    public void store(Slot slot) {
        em.persist(slot);
    }
}
