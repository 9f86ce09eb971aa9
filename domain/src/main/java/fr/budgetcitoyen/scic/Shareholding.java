package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/**
 * The département's entry as an associate of a SCIC: the deliberation that authorised it, in which
 * college of associates it votes, and who represents it at general assemblies.
 */
@Embeddable
public class Shareholding {

    @Column(name = "entry_deliberation", length = 120)
    private String deliberation;

    @Column(name = "entry_decided_on")
    private LocalDate decidedOn;

    @Column(name = "department_college", length = 120)
    private String college;

    @Column(length = 160)
    private String representative;

    protected Shareholding() {
        // for JPA
    }

    public Shareholding(String deliberation, LocalDate decidedOn, String college, String representative) {
        new InvalidFieldsException.Check()
                .text(deliberation, 120, "deliberation", "scic.deliberation")
                .require(decidedOn != null, "decidedOn", "scic.decidedOn.required")
                .text(college, 120, "college", "scic.college")
                .text(representative, 160, "representative", "scic.representative")
                .orThrow();
        this.deliberation = deliberation.strip();
        this.decidedOn = decidedOn;
        this.college = college.strip();
        this.representative = representative.strip();
    }

    public String deliberation() { return deliberation; }

    public LocalDate decidedOn() { return decidedOn; }

    public String college() { return college; }

    public String representative() { return representative; }
}
