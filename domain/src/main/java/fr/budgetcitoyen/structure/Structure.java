package fr.budgetcitoyen.structure;

import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.structure.StructureRefusedException.Reason;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An ESS structure labelled at the Budget citoyen, across editions: the projects it carried. Projects with the
 * same SIREN/RNA join it by themselves; an agent merges what the numbers could not tell (a file without a number,
 * an RNA then a SIREN) and splits out a project that is not its. It is described by its most recent project.
 */
@Entity
@Table(name = "structure")
@NamedQuery(name = "Structure.all", query = "select distinct s from Structure s left join fetch s.projects order by s.id")
public class Structure extends IdentifiedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    /** The name as {@link StructureKeys#name} reduces it: two structures with the same are proposed for a merge. */
    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    /** Its latest project's; null when that project gave none. */
    @Embedded
    private CarrierSeat seat;

    @OneToMany(mappedBy = "structure", cascade = CascadeType.PERSIST)
    @OrderBy("year, projectId")
    private List<CarriedProject> projects = new ArrayList<>();

    @Version
    private long version;

    protected Structure() {
        // for JPA
    }

    /** The structure of a project no other structure claims. */
    public static Structure founding(CarriedProject first) {
        Structure structure = new Structure();
        structure.attach(first);
        return structure;
    }

    /** A labelled project joins its structure. */
    public void attach(CarriedProject project) {
        Objects.requireNonNull(project, "project");
        if (carries(project.projectId())) {
            return;
        }
        project.joins(this, false);
        projects.add(project);
        describe();
    }

    /** An agent's merge: the other structure's projects join this one, leaving it empty (to be deleted). */
    public void absorb(Structure other) {
        if (other == null || other == this || id() != null && id().equals(other.id())) {
            throw new StructureRefusedException(Reason.SAME);
        }
        other.projects.forEach(p -> p.joins(this, false));
        projects.addAll(other.projects);
        projects.sort(Comparator.comparing(CarriedProject::year).thenComparing(CarriedProject::projectId));
        other.projects.clear();
        describe();
    }

    /**
     * An agent's split: the project leaves for a structure of its own. Its number goes with it, unless a project
     * that stays has it too: then the number keeps leading here, and the project is set apart.
     */
    public Structure split(long projectId) {
        CarriedProject leaving = projects.stream().filter(p -> p.projectId() == projectId).findFirst()
                .orElseThrow(() -> new StructureRefusedException(Reason.UNKNOWN));
        if (projects.size() == 1) {
            throw new StructureRefusedException(Reason.LAST_PROJECT);
        }
        projects.remove(leaving);
        boolean numberStays = projects.stream().anyMatch(p -> p.leads(leaving.registrationNumber()));
        Structure apart = new Structure();
        apart.projects.add(leaving);
        leaving.joins(apart, numberStays);
        apart.describe();
        describe();
        return apart;
    }

    /** Whether a new project with this number is this structure's. */
    public boolean claims(String number) {
        return projects.stream().anyMatch(p -> p.leads(number));
    }

    public boolean carries(long projectId) {
        return projects.stream().anyMatch(p -> p.projectId() == projectId);
    }

    /** Two structures an agent should look at: the same name, and no number to tell them apart automatically. */
    public boolean isDoubtfulWith(Structure other) {
        return other != this && !Objects.equals(id(), other.id()) && nameKey.equals(other.nameKey);
    }

    /** The SIREN/RNA its projects were filed under. */
    public SortedSet<String> numbers() {
        return projects.stream().map(CarriedProject::registrationNumber).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The editions it carried projects in. */
    public SortedSet<Integer> years() {
        return projects.stream().map(CarriedProject::year).collect(Collectors.toCollection(TreeSet::new));
    }

    private void describe() {
        projects.stream().max(Comparator.comparing(CarriedProject::year).thenComparing(CarriedProject::projectId)).ifPresent(latest -> {
            name = latest.carrierName();
            nameKey = StructureKeys.name(name);
            seat = latest.seat();
        });
    }

    public String name() { return name; }

    public String nameKey() { return nameKey; }

    public LegalForm legalForm() {
        return seat == null ? null : seat.legalForm();
    }

    public String territoryCode() {
        return seat == null ? null : seat.territoryCode();
    }

    public String communeInseeCode() {
        return seat == null ? null : seat.communeInseeCode();
    }

    public List<CarriedProject> projects() {
        return List.copyOf(projects);
    }
}
