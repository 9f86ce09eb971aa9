package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A general assembly of a SCIC the département is an associate of: its date, its agenda and how the
 * département's representative voted; the minutes are attached as documents ({@link AssemblyDocument}).
 * It may declare the SCIC's total capital and the part the other local authorities hold: the latest
 * declaration is what the 50 % limit of the local authorities is checked against ({@link LocalAuthorityShare}).
 */
@Entity
@Table(name = "scic_assembly")
public class GeneralAssembly extends IdentifiedEntity {

    public static final int TEXT_MAX = 2000;

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

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "declared_capital", precision = 14, scale = 2))
    private Money declaredCapital;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "other_public_capital", precision = 14, scale = 2))
    private Money otherLocalAuthorities;

    protected GeneralAssembly() {
        // for JPA
    }

    /** An assembly is recorded with its agenda; the département's votes may follow once it is held. */
    public static GeneralAssembly convene(long scicId, LocalDate heldOn, boolean extraordinary, String agenda, String departmentVotes) {
        return convene(scicId, heldOn, extraordinary, agenda, departmentVotes, null, null);
    }

    /**
     * An assembly that also declares the SCIC's total capital (positive) and, within it, the capital the
     * other local authorities hold (none when left out).
     */
    public static GeneralAssembly convene(long scicId, LocalDate heldOn, boolean extraordinary, String agenda, String departmentVotes,
                                          Money declaredCapital, Money otherLocalAuthorities) {
        boolean capital = declaredCapital != null;
        boolean others = otherLocalAuthorities != null;
        new InvalidFieldsException.Check()
                .require(!capital || (!declaredCapital.isNegative() && !declaredCapital.isZero()), "capital", "scic.assembly.capital.positive")
                .require(!others || !otherLocalAuthorities.isNegative(), "otherPublic", "scic.assembly.otherPublic.negative")
                .require(!others || capital, "capital", "scic.assembly.capital.requiredWithOthers")
                .require(!others || !capital || !otherLocalAuthorities.isGreaterThan(declaredCapital), "otherPublic",
                        "scic.assembly.otherPublic.overCapital")
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
        assembly.declaredCapital = declaredCapital;
        assembly.otherLocalAuthorities = capital ? (others ? otherLocalAuthorities : Money.ZERO) : null;
        return assembly;
    }

    public long scicId() { return scicId; }

    public LocalDate heldOn() { return heldOn; }

    public boolean extraordinary() { return extraordinary; }

    public String agenda() { return agenda; }

    public String departmentVotes() { return departmentVotes; }

    public boolean declaresCapital() {
        return declaredCapital != null;
    }

    /** The SCIC's total capital as declared at this assembly; null when it was not. */
    public Money declaredCapital() { return declaredCapital; }

    /** The other local authorities' part of the declared capital; null when no capital was declared. */
    public Money otherLocalAuthorities() { return otherLocalAuthorities; }
}
