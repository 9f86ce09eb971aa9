package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import jakarta.persistence.Column;
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

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

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
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    public boolean isOverOn(LocalDate day) {
        return day.isAfter(endDate);
    }

    public boolean isUpcomingOn(LocalDate day) {
        return day.isBefore(startDate);
    }

    public PhaseType type() {
        return type;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    @Override
    public String toString() {
        return type + " " + startDate + ".." + endDate;
    }
}
