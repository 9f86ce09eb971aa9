package fr.budgetcitoyen.structure;

import fr.budgetcitoyen.project.Project;

import java.util.List;
import java.util.Optional;

/** The inventory's structures. */
public interface StructureRepository {

    /** Every structure with its projects, in one read. */
    List<Structure> all();

    Optional<Structure> find(long id);

    /** The structure a new project with this SIREN/RNA joins. */
    Optional<Structure> claiming(String number);

    boolean carries(long projectId);

    /** The labelled projects (on the ballot or not) that no structure carries yet, oldest edition first. */
    List<Project> labelledWithoutStructure();

    void store(Structure structure);

    void remove(Structure structure);
}
