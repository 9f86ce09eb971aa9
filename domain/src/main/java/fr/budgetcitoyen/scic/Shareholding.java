package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/**
 * The département's entry as an associate of a SCIC: the deliberation that authorised it, in which
 * college of associates it votes, and who represents it at general assemblies.
 * <p>
 * Hibernate builds a loaded entry with this constructor too: what it stored passed these checks and is already
 * stripped, so it reads back unchanged.
 */
@Embeddable
public record Shareholding(
        @Column(name = "entry_deliberation", length = 120)
        String deliberation,

        @Column(name = "entry_decided_on")
        LocalDate decidedOn,

        @Column(name = "department_college", length = 120)
        String college,

        @Column(length = 160)
        String representative) {

    public Shareholding {
        new InvalidFieldsException.Check()
                .text(deliberation, 120, "deliberation", "scic.deliberation")
                .require(decidedOn != null, "decidedOn", "scic.decidedOn.required")
                .text(college, 120, "college", "scic.college")
                .text(representative, 160, "representative", "scic.representative")
                .orThrow();
        deliberation = deliberation.strip();
        college = college.strip();
        representative = representative.strip();
    }
}
