package fr.budgetcitoyen.scic;

import java.util.List;
import java.util.Optional;

/** The réseau des SCIC 62, the département's capital movements and the general assemblies. */
public interface ScicRepository {

    /** Every SCIC of the network, by name. */
    List<Scic> all();

    Optional<Scic> find(long id);

    /** Read for a change of the capital: concurrent entries on one SCIC are applied one after the other. */
    Optional<Scic> findForUpdate(long id);

    List<Scic> managedBy(long accountId);

    void store(Scic scic);

    List<CapitalMovement> movementsOf(long scicId);

    /** Every movement of every SCIC: the totals and the history of the whole portfolio. */
    List<CapitalMovement> allMovements();

    Optional<CapitalMovement> movement(long id);

    void store(CapitalMovement movement);

    List<GeneralAssembly> assembliesOf(long scicId);

    Optional<GeneralAssembly> assembly(long id);

    void store(GeneralAssembly assembly);

    List<AssemblyDocument> documentsOf(long assemblyId);

    Optional<AssemblyDocument> document(long id);

    void store(AssemblyDocument document);
}
