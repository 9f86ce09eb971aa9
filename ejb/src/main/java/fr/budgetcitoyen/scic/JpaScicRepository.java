package fr.budgetcitoyen.scic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaScicRepository implements ScicRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Scic> all() {
        return em.createQuery("select s from Scic s order by lower(s.name), s.id", Scic.class).getResultList();
    }

    @Override
    public Optional<Scic> find(long id) {
        return Optional.ofNullable(em.find(Scic.class, id));
    }

    @Override
    public Optional<Scic> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Scic.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Scic> managedBy(long accountId) {
        return em.createQuery("select s from Scic s where :account member of s.memberAccountIds order by lower(s.name)", Scic.class)
                .setParameter("account", accountId).getResultList();
    }

    @Override
    public void store(Scic scic) {
        em.persist(scic);
    }

    @Override
    public List<CapitalMovement> movementsOf(long scicId) {
        return em.createQuery("select m from CapitalMovement m where m.scicId = :scic order by m.date, m.id", CapitalMovement.class)
                .setParameter("scic", scicId).getResultList();
    }

    @Override
    public List<CapitalMovement> allMovements() {
        return em.createQuery("select m from CapitalMovement m order by m.date, m.id", CapitalMovement.class).getResultList();
    }

    @Override
    public Optional<CapitalMovement> movement(long id) {
        return Optional.ofNullable(em.find(CapitalMovement.class, id));
    }

    @Override
    public void store(CapitalMovement movement) {
        em.persist(movement);
    }

    @Override
    public List<GeneralAssembly> assembliesOf(long scicId) {
        return em.createQuery("select a from GeneralAssembly a where a.scicId = :scic order by a.heldOn desc, a.id desc",
                GeneralAssembly.class).setParameter("scic", scicId).getResultList();
    }

    @Override
    public Optional<GeneralAssembly> assembly(long id) {
        return Optional.ofNullable(em.find(GeneralAssembly.class, id));
    }

    @Override
    public void store(GeneralAssembly assembly) {
        em.persist(assembly);
    }

    @Override
    public List<AssemblyDocument> documentsOf(long assemblyId) {
        return em.createQuery("select d from AssemblyDocument d where d.assemblyId = :assembly order by d.uploaded.at, d.id",
                AssemblyDocument.class).setParameter("assembly", assemblyId).getResultList();
    }

    @Override
    public Optional<AssemblyDocument> document(long id) {
        return Optional.ofNullable(em.find(AssemblyDocument.class, id));
    }

    @Override
    public void store(AssemblyDocument document) {
        em.persist(document);
    }
}
