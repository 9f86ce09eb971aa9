package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.shared.DatePeriod;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;

/** A dated step of a campaign; both dates are included (a vote "from 5 to 30 September"). */
@Entity
@Table(name = "campaign_phase")
public class Phase extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase_type", nullable = false, length = 40)
    private PhaseType type;

    @Embedded
    @AttributeOverride(name = "firstDay", column = @Column(name = "start_date", nullable = false))
    @AttributeOverride(name = "lastDay", column = @Column(name = "end_date", nullable = false))
    private DatePeriod period;

    protected Phase() {
        // for JPA
    }

    Phase(Campaign campaign, PhaseType type, LocalDate startDate, LocalDate endDate) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.type = Objects.requireNonNull(type, "type");
        reschedule(startDate, endDate);
    }

    void reschedule(LocalDate startDate, LocalDate endDate) {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException(type + " ends (" + endDate + ") before it starts (" + startDate + ")");
        }
        this.period = new DatePeriod(startDate, endDate);
    }

    public boolean isOpenOn(LocalDate day) {
        return period.isOpenOn(day);
    }

    public boolean isOverOn(LocalDate day) {
        return period.isOverOn(day);
    }

    public boolean isUpcomingOn(LocalDate day) {
        return period.isUpcomingOn(day);
    }

    public PhaseType type() { return type; }

    public LocalDate startDate() {
        return period.firstDay();
    }

    public LocalDate endDate() {
        return period.lastDay();
    }

    @Override
    public String toString() {
        return type + " " + period;
    }
}
