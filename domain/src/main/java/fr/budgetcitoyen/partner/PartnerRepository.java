package fr.budgetcitoyen.partner;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The partners and their appointment slots. */
public interface PartnerRepository {

    List<Partner> all();

    Optional<Partner> find(long id);

    List<Partner> managedBy(long accountId);

    void store(Partner partner);

    /** Free slots from a moment on, soonest first. */
    List<Slot> freeSlotsFrom(LocalDateTime from);

    List<Slot> slotsOf(long partnerId);

    List<Slot> bookedBy(long accountId);

    /** A slot locked for booking or cancelling: two carriers cannot book it at once. */
    Optional<Slot> findForUpdate(long id);

    void store(Slot slot);
}
