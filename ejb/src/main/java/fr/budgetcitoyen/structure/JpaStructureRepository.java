package fr.budgetcitoyen.structure;

import fr.budgetcitoyen.platform.JpaStore;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStructureRepository extends JpaStore implements StructureRepository {

    @Override
    public List<Structure> all() {
        return em.createNamedQuery("Structure.all", Structure.class).getResultList();
    }

    @Override
    public Optional<Structure> find(long id) {
        return byId(Structure.class, id);
    }

    @Override
    public Optional<Structure> claiming(String number) {
        return em.createQuery("select c.structure from CarriedProject c where c.registrationNumber = :number"
                        + " and c.setApart = false order by c.structure.id", Structure.class)
                .setParameter("number", number).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public boolean carries(long projectId) {
        return em.find(CarriedProject.class, projectId) != null;
    }

    @Override
    public List<Project> labelledWithoutStructure() {
        return list(Project.class,
                "select p from Project p join fetch p.campaign left join fetch p.territory"
                + " where p.status in :labelled and not exists (select c from CarriedProject c where c.projectId = p.id)"
                + " order by p.campaign.year, p.id",
                "labelled", List.of(ProjectStatus.LABELLED, ProjectStatus.VALIDATED));
    }

    @Override
    public void store(Structure structure) {
        em.persist(structure);
    }

    @Override
    public void remove(Structure structure) {
        em.remove(structure);
    }
}
