package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.platform.JpaStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaScicRepository extends JpaStore implements ScicRepository {

    @Override
    public List<Scic> all() {
        return list(Scic.class, "select s from Scic s order by lower(s.name), s.id");
    }

    @Override
    public Optional<Scic> find(long id) {
        return byId(Scic.class, id);
    }

    @Override
    public Optional<Scic> findForUpdate(long id) {
        return lockedById(Scic.class, id);
    }

    @Override
    public List<Scic> managedBy(long accountId) {
        return list(Scic.class, "select s from Scic s where :account member of s.memberAccountIds order by lower(s.name)",
                "account", accountId);
    }

    @Override
    public void store(Scic scic) {
        em.persist(scic);
    }

    @Override
    public List<CapitalMovement> movementsOf(long scicId) {
        return list(CapitalMovement.class, "select m from CapitalMovement m where m.scicId = :scic order by m.date, m.id",
                "scic", scicId);
    }

    @Override
    public List<CapitalMovement> allMovements() {
        return list(CapitalMovement.class, "select m from CapitalMovement m order by m.date, m.id");
    }

    @Override
    public Optional<CapitalMovement> movement(long id) {
        return byId(CapitalMovement.class, id);
    }

    @Override
    public void store(CapitalMovement movement) {
        em.persist(movement);
    }

    @Override
    public List<GeneralAssembly> assembliesOf(long scicId) {
        return list(GeneralAssembly.class,
                "select a from GeneralAssembly a where a.scicId = :scic order by a.heldOn desc, a.id desc", "scic", scicId);
    }

    @Override
    public Optional<GeneralAssembly> assembly(long id) {
        return byId(GeneralAssembly.class, id);
    }

    @Override
    public void store(GeneralAssembly assembly) {
        em.persist(assembly);
    }

    @Override
    public List<AssemblyDocument> documentsOf(long assemblyId) {
        return list(AssemblyDocument.class,
                "select d from AssemblyDocument d where d.assemblyId = :assembly order by d.uploaded.at, d.id",
                "assembly", assemblyId);
    }

    @Override
    public Optional<AssemblyDocument> document(long id) {
        return byId(AssemblyDocument.class, id);
    }

    @Override
    public void store(AssemblyDocument document) {
        em.persist(document);
    }
}
