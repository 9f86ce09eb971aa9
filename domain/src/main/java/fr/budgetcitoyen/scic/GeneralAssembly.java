package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A general assembly of a SCIC the département is an associate of: its date, its agenda and how the
 * département's representative voted; the minutes are attached as documents ({@link AssemblyDocument}).
 */
@Entity
@Table(name = "scic_assembly")
public class GeneralAssembly {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scic_id", nullable = false)
    private Long scicId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private boolean extraordinary;

    @Column(nullable = false, length = TEXT_MAX)
    private String agenda;

    @Column(name = "department_votes", length = TEXT_MAX)
    private String departmentVotes;

    protected GeneralAssembly() {
        // for JPA
    }

    /** An assembly is recorded with its agenda; the département's votes may follow once it is held. */
    public static GeneralAssembly convene(long scicId, LocalDate heldOn, boolean extraordinary, String agenda, String departmentVotes) {
        new InvalidFieldsException.Check()
                .require(heldOn != null, "heldOn", "scic.assembly.heldOn.required")
                .text(agenda, TEXT_MAX, "agenda", "scic.assembly.agenda")
                .require(departmentVotes == null || departmentVotes.strip().length() <= TEXT_MAX, "departmentVotes",
                        "scic.assembly.departmentVotes.tooLong")
                .orThrow();
        GeneralAssembly assembly = new GeneralAssembly();
        assembly.scicId = scicId;
        assembly.heldOn = heldOn;
        assembly.extraordinary = extraordinary;
        assembly.agenda = agenda.strip();
        assembly.departmentVotes = departmentVotes == null || departmentVotes.isBlank() ? null : departmentVotes.strip();
        return assembly;
    }

    public Long id() {
        return id;
    }

    public long scicId() {
        return scicId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public boolean extraordinary() {
        return extraordinary;
    }

    public String agenda() {
        return agenda;
    }

    public String departmentVotes() {
        return departmentVotes;
    }
}
