package fr.budgetcitoyen.structure;

import fr.budgetcitoyen.project.Carrier;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A labelled project as its structure's record of it: who carried it, under which number, where, in which
 * edition — copied when it joined (a labelled file no longer changes), so the inventory reads no project file.
 */
@Entity
@Table(name = "structure_project")
public class CarriedProject {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "structure_id")
    private Structure structure;

    @Column(name = "edition_year", nullable = false)
    private int year;

    @Column(name = "carrier_name", nullable = false, length = 200)
    private String carrierName;

    /** The valid SIREN/RNA of the file, normalised; null when it had none. */
    @Column(name = "registration_number", length = 10)
    private String registrationNumber;

    @Embedded
    private CarrierSeat seat;

    /** Split out by an agent while its structure kept the same number: that number then leads no project here. */
    @Column(name = "set_apart", nullable = false)
    private boolean setApart;

    protected CarriedProject() {
        // for JPA
    }

    public CarriedProject(long projectId, int year, String carrierName, String registrationNumber, LegalForm legalForm,
                          String territoryCode, String communeInseeCode) {
        this.projectId = projectId;
        this.year = year;
        this.carrierName = carrierName == null || carrierName.isBlank() ? "?" : carrierName.strip();
        this.registrationNumber = StructureKeys.number(registrationNumber);
        this.seat = new CarrierSeat(legalForm, territoryCode, communeInseeCode);
    }

    /** The record of a labelled project. */
    public static CarriedProject of(Project project) {
        Carrier carrier = project.carrier();
        return new CarriedProject(project.id(), project.campaign().year(), carrier.name(), carrier.registrationNumber(),
                carrier.legalForm(), project.territory() == null ? null : project.territory().code(), carrier.communeInseeCode());
    }

    /** Moves to a structure (set apart when its number stays with another). */
    void joins(Structure structure, boolean setApart) {
        this.structure = structure;
        this.setApart = setApart;
    }

    /** Whether a project with this number belongs with this one. */
    boolean leads(String number) {
        return !setApart && number != null && number.equals(registrationNumber);
    }

    public long projectId() { return projectId; }

    public Structure structure() { return structure; }

    public int year() { return year; }

    public String carrierName() { return carrierName; }

    public String registrationNumber() { return registrationNumber; }

    /** Null when its file gave neither legal form nor place. */
    public CarrierSeat seat() { return seat; }

    public boolean isSetApart() { return setApart; }
}
