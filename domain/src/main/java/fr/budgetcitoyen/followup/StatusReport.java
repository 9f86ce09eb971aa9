package fr.budgetcitoyen.followup;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Stamp;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * What a funded project has become, reported by its carrier once a year (as in the département's
 * 2018-2021 study: still active? how many volunteers and employees? what was achieved?). A second report
 * the same year replaces the first.
 */
@Entity
@Table(name = "followup_status")
public class StatusReport extends IdentifiedEntity {

    public static final int ACHIEVEMENTS_MAX = 2000;
    static final int PEOPLE_MAX = 100_000;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int volunteers;

    @Column(nullable = false)
    private int employees;

    @Column(nullable = false, length = ACHIEVEMENTS_MAX)
    private String achievements;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "reported_by", length = 254, nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "reported_at", nullable = false))
    private Stamp reported;

    protected StatusReport() {
        // for JPA
    }

    /** This year's report of a funded project; every invalid field at once. */
    public static StatusReport file(FundedProject funded, int year, Status status, String by, Instant at) {
        StatusReport report = new StatusReport();
        report.projectId = funded.projectId();
        report.year = year;
        report.revise(status, by, at);
        return report;
    }

    /** The same year's report, filed again. */
    public void revise(Status status, String by, Instant at) {
        status.check();
        active = status.active();
        volunteers = status.volunteers();
        employees = status.employees();
        achievements = status.achievements().strip();
        reported = new Stamp(by, at);
    }

    /** What the carrier reports; people counts are whole numbers of persons. */
    public record Status(boolean active, Integer volunteers, Integer employees, String achievements) {
        void check() {
            new InvalidFieldsException.Check()
                    .require(volunteers != null && volunteers >= 0 && volunteers <= PEOPLE_MAX, "volunteers", "followup.volunteers.invalid")
                    .require(employees != null && employees >= 0 && employees <= PEOPLE_MAX, "employees", "followup.employees.invalid")
                    .text(achievements, ACHIEVEMENTS_MAX, "achievements", "followup.achievements")
                    .orThrow();
        }
    }

    public long projectId() { return projectId; }

    public int year() { return year; }

    public boolean active() { return active; }

    public int volunteers() { return volunteers; }

    public int employees() { return employees; }

    public String achievements() { return achievements; }

    public Stamp reported() { return reported; }
}
