package fr.budgetcitoyen.partner;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.account.Caller;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.mail.Notifier;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.LongDates;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Partners and the comptoir des fondations et de la finance solidaire: the Mission ESS lists partners and
 * entrusts them to accounts; those accounts publish their partner's slots; a signed-in carrier books a free
 * slot (one at a time per slot, locked) or cancels it, and both sides get a confirmation by mail.
 */
@Stateless
public class PartnerService {

    @Resource private SessionContext context;
    @EJB private Caller caller;
    @Inject private PartnerRepository partners;
    @Inject private AccountRepository accounts;
    @Inject private Notifier notifier;
    @EJB private AuditLog audit;
    @Inject private Clock clock;

    @PermitAll
    public List<Partner> partners() {
        return partners.all();
    }

    @PermitAll
    public List<Slot> freeSlots() {
        return partners.freeSlotsFrom(LocalDateTime.now(clock));
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public Partner add(String name, PartnerKind kind, String role, String website) {
        Partner partner = Partner.of(name, kind, role, website);
        partners.store(partner);
        audit.record(caller.account().email(), "partner.add", "partner:" + partner.id(), null, partner.name());
        return partner;
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public void entrust(long partnerId, String email) {
        Account member = accounts.findByTypedEmail(email)
                .orElseThrow(() -> new InvalidFieldsException(List.of(new InvalidFieldsException.Problem("member", "partner.member.unknown"))));
        partners.find(partnerId).orElseThrow().entrustTo(member.id());
        audit.record(caller.account().email(), "partner.entrust", "partner:" + partnerId, null, member.email());
    }

    /** The partners the caller's account manages. */
    @RolesAllowed("RESIDENT")
    public List<Partner> mine() {
        // Asked by the header of every page: a session whose address just changed has no account under it.
        return accounts.findByEmail(context.getCallerPrincipal().getName()).map(me -> partners.managedBy(me.id()))
                .orElse(List.of());
    }

    @RolesAllowed("RESIDENT")
    public List<Slot> slotsOf(long partnerId) {
        return managed(partnerId).map(p -> partners.slotsOf(p.id())).orElse(List.of());
    }

    @RolesAllowed("RESIDENT")
    public Slot publish(long partnerId, LocalDateTime startsAt, Integer durationMinutes, String place) {
        Partner partner = managed(partnerId).orElseThrow();
        Slot slot = Slot.publish(partner, startsAt, durationMinutes, place, LocalDateTime.now(clock));
        partners.store(slot);
        audit.record(caller.account().email(), "partner.slot", "partner:" + partnerId, null, String.valueOf(startsAt));
        return slot;
    }

    /** Books a free slot for the caller; the row is locked, so of two carriers at once one gets it. */
    @RolesAllowed("RESIDENT")
    public Slot book(long slotId, String topic) {
        Account carrier = caller.account();
        Slot slot = partners.findForUpdate(slotId)
                .orElseThrow(() -> new InvalidFieldsException(List.of(new InvalidFieldsException.Problem("slot", "slot.taken"))));
        slot.book(carrier.id(), topic, LocalDateTime.now(clock), Instant.now(clock));
        confirm(slot, carrier, "slotBooked");
        audit.record(carrier.email(), "partner.book", "slot:" + slotId, null, null);
        return slot;
    }

    @RolesAllowed("RESIDENT")
    public void cancel(long slotId) {
        Account carrier = caller.account();
        Slot slot = partners.findForUpdate(slotId).orElseThrow();
        slot.cancel(carrier.id(), LocalDateTime.now(clock));
        confirm(slot, carrier, "slotCancelled");
        audit.record(carrier.email(), "partner.cancel", "slot:" + slotId, null, null);
    }

    @RolesAllowed("RESIDENT")
    public List<Slot> myAppointments() {
        return partners.bookedBy(caller.account().id());
    }

    /** Who booked a slot of a partner the caller manages. */
    @RolesAllowed("RESIDENT")
    public String bookerOf(Slot slot) {
        return managed(slot.partnerId()).isEmpty() || slot.bookedBy() == null ? ""
                : accounts.find(slot.bookedBy()).map(a -> a.displayName() + " <" + a.email() + ">").orElse("");
    }

    @PermitAll
    public String partnerName(long partnerId) {
        return partners.find(partnerId).map(Partner::name).orElse("");
    }

    /** The carrier and the partner's accounts are both told, each in the language they read the portal in. */
    private void confirm(Slot slot, Account carrier, String kind) {
        Partner partner = partners.find(slot.partnerId()).orElseThrow();
        notifier.notice(carrier, kind, partner.name(), when(slot, carrier.language()), "/partners");
        for (Long member : partner.memberAccountIds()) {
            accounts.find(member).ifPresent(m -> notifier.notice(m, kind + "Partner", carrier.displayName(), when(slot, m.language()),
                    "/my-partner"));
        }
    }

    private static String when(Slot slot, Locale locale) {
        return LongDates.day(slot.startsAt(), locale) + ", " + slot.startsAt().format(DateTimeFormatter.ofPattern("HH:mm"))
                + ", " + slot.place();
    }


    private Optional<Partner> managed(long partnerId) {
        return partners.find(partnerId).filter(p -> p.isManagedBy(caller.account().id()));
    }
}
