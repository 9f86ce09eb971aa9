package fr.budgetcitoyen.ambassador.internship;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.shared.DatePeriod;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Theme;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An internship or civic-service mission an ambassador offers to students and young people: published
 * open, edited while open, closed by the ambassador (filled, or given up). Past its end it takes no request.
 */
@Entity
@Table(name = "internship_offer")
public class InternshipOffer extends IdentifiedEntity {

    public static final int TITLE_MAX = 160;
    public static final int DESCRIPTION_MAX = 4000;

    @Column(name = "ambassador_id", nullable = false)
    private Long ambassadorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InternshipKind kind;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Theme topic;

    @Column(name = "commune_insee_code", nullable = false, length = 5)
    private String communeInseeCode;

    @Column(name = "territory_code", nullable = false, length = 40)
    private String territoryCode;

    @Embedded
    @AttributeOverride(name = "firstDay", column = @Column(name = "starts_on", nullable = false))
    @AttributeOverride(name = "lastDay", column = @Column(name = "ends_on", nullable = false))
    private DatePeriod period;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected InternshipOffer() {
        // for JPA
    }

    /**
     * Published by an ambassador; every invalid field at once. {@code territoryCode} is the commune's, null
     * when the commune is unknown.
     */
    public static InternshipOffer publish(Ambassador ambassador, OfferDetails details, String territoryCode, LocalDate today, Instant now) {
        Objects.requireNonNull(ambassador.id(), "a stored ambassador");
        InternshipOffer offer = new InternshipOffer();
        offer.check(details, territoryCode, today);
        offer.ambassadorId = ambassador.id();
        offer.publishedAt = now;
        offer.apply(details, territoryCode);
        return offer;
    }

    /** Edited while open; a start date already past may stay as it was, not be moved into the past. */
    public void edit(OfferDetails details, String territoryCode, LocalDate today) {
        if (!isOpen()) {
            throw new IllegalStateException("Offer " + id() + " is closed");
        }
        check(details, territoryCode, today);
        apply(details, territoryCode);
    }

    public void close(Instant now) {
        if (isOpen()) {
            closedAt = now;
        }
    }

    private void check(OfferDetails d, String territory, LocalDate today) {
        boolean startKept = period != null && period.firstDay().equals(d.startsOn());
        new InvalidFieldsException.Check()
                .require(d.kind() != null, "kind", "internship.kind.required")
                .text(d.title(), TITLE_MAX, "title", "internship.title")
                .require(d.topic() != null, "topic", "internship.topic.required")
                .require(d.communeInseeCode() != null && territory != null, "commune", "internship.commune.required")
                .require(d.startsOn() != null, "startsOn", "internship.startsOn.required")
                .require(d.startsOn() == null || startKept || !d.startsOn().isBefore(today), "startsOn", "internship.startsOn.past")
                .require(d.endsOn() != null, "endsOn", "internship.endsOn.required")
                .require(d.startsOn() == null || d.endsOn() == null || d.endsOn().isAfter(d.startsOn()), "endsOn",
                        "internship.endsOn.beforeStart")
                .text(d.description(), DESCRIPTION_MAX, "description", "internship.description")
                .orThrow();
    }

    private void apply(OfferDetails d, String territory) {
        kind = d.kind();
        title = d.title().strip();
        topic = d.topic();
        communeInseeCode = d.communeInseeCode();
        territoryCode = territory;
        period = new DatePeriod(d.startsOn(), d.endsOn());
        description = d.description().strip();
    }

    /** Not closed by its ambassador (it may have ended, see {@link #takesRequestsOn}). */
    public boolean isOpen() {
        return closedAt == null;
    }

    /** Open and not over: young people may still apply. */
    public boolean takesRequestsOn(LocalDate today) {
        return isOpen() && !period.isOverOn(today);
    }

    public OfferDetails details() {
        return new OfferDetails(kind, title, topic, communeInseeCode, startsOn(), endsOn(), description);
    }

    public long ambassadorId() { return ambassadorId; }

    public InternshipKind kind() { return kind; }

    public String title() { return title; }

    public Theme topic() { return topic; }

    public String communeInseeCode() { return communeInseeCode; }

    public String territoryCode() { return territoryCode; }

    public LocalDate startsOn() {
        return period.firstDay();
    }

    public LocalDate endsOn() {
        return period.lastDay();
    }

    public String description() { return description; }

    public Instant publishedAt() { return publishedAt; }

    public Instant closedAt() { return closedAt; }
}
