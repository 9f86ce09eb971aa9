package fr.budgetcitoyen.comptoir;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A comptoir à initiatives citoyennes: a workshop held by a former laureate in its premises, in one of
 * the 8 territories. It owns its registrations, so the seats and the waiting list stay consistent:
 * every change bumps the version, and two residents taking the last seat at once cannot both get it.
 */
@Entity
@Table(name = "comptoir_session")
public class ComptoirSession extends IdentifiedEntity {

    public static final int TEXT_MAX = 160;
    public static final int ADDRESS_MAX = 300;
    public static final int CAPACITY_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(name = "territory_code", nullable = false, length = 40)
    private String territoryCode;

    @Column(name = "commune_insee_code", nullable = false, length = 5)
    private String communeInseeCode;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(nullable = false, length = TEXT_MAX)
    private String venue;

    @Column(nullable = false, length = ADDRESS_MAX)
    private String address;

    @Column(name = "host_structure", nullable = false, length = TEXT_MAX)
    private String hostStructure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Workshop workshop;

    @Column(nullable = false, length = TEXT_MAX)
    private String facilitator;

    @Column(nullable = false)
    private int capacity;

    /** Confirmed seats, kept as a column so that every registration changes this row (and its version). */
    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    /** The comptoir host's account, who records attendance. */
    @Column(name = "host_account_id")
    private Long hostAccountId;

    @Column(name = "attendance_recorded", nullable = false)
    private boolean attendanceRecorded;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("registeredAt, id")
    private List<Registration> registrations = new ArrayList<>();

    @Version
    private long version;

    protected ComptoirSession() {
        // for JPA
    }

    /** Plans a session of the campaign's comptoirs step; every invalid field is reported at once. */
    public static ComptoirSession plan(Campaign campaign, SessionPlan plan, String territoryCode) {
        plan.check(Objects.requireNonNull(campaign, "campaign"), territoryCode);
        ComptoirSession session = new ComptoirSession();
        session.campaign = campaign;
        session.territoryCode = territoryCode;
        session.communeInseeCode = plan.communeInseeCode();
        session.startsAt = plan.startsAt();
        session.endsAt = plan.endsAt();
        session.venue = plan.venue().strip();
        session.address = plan.address().strip();
        session.hostStructure = plan.hostStructure().strip();
        session.workshop = plan.workshop();
        session.facilitator = plan.facilitator().strip();
        session.capacity = plan.capacity();
        return session;
    }

    /**
     * Registers a resident while the comptoirs step is open and the session has not begun: a seat if one
     * is left, else a place on the waiting list. Coming back after cancelling reuses the registration.
     */
    public Registration register(long accountId, Long ideaId, LocalDateTime now, Instant instant) {
        campaign.requireOpen(PhaseType.COMPTOIRS, now.toLocalDate());
        requireNotBegun(now);
        Optional<Registration> existing = registrationOf(accountId);
        if (existing.filter(Registration::isActive).isPresent()) {
            throw new RegistrationRefusedException("comptoir.refused.alreadyRegistered");
        }
        Registration registration = existing.orElseGet(() -> {
            Registration created = new Registration(this, accountId);
            registrations.add(created);
            return created;
        });
        boolean seat = seatsTaken < capacity;
        registration.activate(seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING, ideaId, instant);
        if (seat) {
            seatsTaken++;
        }
        return registration;
    }

    /**
     * Gives a resident's place back before the session; a freed seat goes to the first on the waiting
     * list, who is returned so they can be told.
     */
    public Optional<Registration> cancel(long accountId, LocalDateTime now) {
        requireNotBegun(now);
        Registration registration = registrationOf(accountId).filter(Registration::isActive)
                .orElseThrow(() -> new RegistrationRefusedException("comptoir.refused.notRegistered"));
        boolean freesSeat = registration.isConfirmed();
        registration.cancel();
        if (!freesSeat) {
            return Optional.empty();
        }
        seatsTaken--;
        Optional<Registration> next = waitingList().stream().findFirst();
        next.ifPresent(promoted -> {
            promoted.promote();
            seatsTaken++;
        });
        return next;
    }

    /** The host ticks who came, once the session has begun; recording again corrects the previous list. */
    public void recordAttendance(Collection<Long> presentAccountIds, LocalDateTime now) {
        if (now.isBefore(startsAt)) {
            throw new RegistrationRefusedException("comptoir.refused.attendanceTooEarly");
        }
        for (Registration registration : registrations) {
            if (registration.isConfirmed()) {
                registration.markAttendance(presentAccountIds.contains(registration.accountId()));
            }
        }
        attendanceRecorded = true;
    }

    /** Confirmed residents not reminded yet, marked as reminded: to be mailed the day before. */
    public List<Registration> takeRemindersDue(LocalDate today, Instant now) {
        if (!startsAt.toLocalDate().equals(today.plusDays(1))) {
            return List.of();
        }
        List<Registration> due = registrations.stream()
                .filter(Registration::isConfirmed).filter(r -> r.remindedAt() == null).toList();
        due.forEach(r -> r.markReminded(now));
        return due;
    }

    public void assignHost(Long accountId) {
        this.hostAccountId = accountId;
    }

    public boolean isHostedBy(long accountId) {
        return hostAccountId != null && hostAccountId == accountId;
    }

    private void requireNotBegun(LocalDateTime now) {
        if (!now.isBefore(startsAt)) {
            throw new RegistrationRefusedException("comptoir.refused.begun");
        }
    }

    public Optional<Registration> registrationOf(long accountId) {
        return registrations.stream().filter(r -> r.accountId() == accountId).findFirst();
    }

    public List<Registration> confirmed() {
        return registrations.stream().filter(Registration::isConfirmed).toList();
    }

    /** The waiting list, first come first served. */
    public List<Registration> waitingList() {
        return registrations.stream().filter(Registration::isWaiting).toList();
    }

    public int placesLeft() {
        return Math.max(0, capacity - seatsTaken);
    }

    public boolean isFull() {
        return seatsTaken >= capacity;
    }

    public long participants() {
        return registrations.stream().filter(Registration::hasAttended).count();
    }

    public boolean isOver(LocalDateTime now) {
        return !now.isBefore(endsAt);
    }

    /** Whether a resident may register (or cancel) at that moment: the step is open, the session not begun. */
    public boolean acceptsRegistrationsAt(LocalDateTime now) {
        return campaign.isPublic() && campaign.calendar().isOpen(PhaseType.COMPTOIRS, now.toLocalDate()) && now.isBefore(startsAt);
    }

    public Campaign campaign() { return campaign; }

    public String territoryCode() { return territoryCode; }

    public String communeInseeCode() { return communeInseeCode; }

    public LocalDateTime startsAt() { return startsAt; }

    public LocalDateTime endsAt() { return endsAt; }

    public String venue() { return venue; }

    public String address() { return address; }

    public String hostStructure() { return hostStructure; }

    public Workshop workshop() { return workshop; }

    public String facilitator() { return facilitator; }

    public int capacity() { return capacity; }

    public Long hostAccountId() { return hostAccountId; }

    public boolean isAttendanceRecorded() { return attendanceRecorded; }

    public List<Registration> registrations() {
        return List.copyOf(registrations);
    }
}
