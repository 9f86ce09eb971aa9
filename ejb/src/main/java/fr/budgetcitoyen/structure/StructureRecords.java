package fr.budgetcitoyen.structure;

import fr.budgetcitoyen.followup.FollowUpRepository;
import fr.budgetcitoyen.followup.FundedProject;
import fr.budgetcitoyen.followup.Instalment;
import fr.budgetcitoyen.followup.StatusReport;
import fr.budgetcitoyen.project.ProjectStatus;
import fr.budgetcitoyen.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads structures with what became of their projects in a fixed number of queries, whatever their count: the
 * projects' titles and statuses, their grants, the instalments paid and the latest yearly reports.
 */
@ApplicationScoped
class StructureRecords {

    private record Title(String title, ProjectStatus status) {
    }

    @PersistenceContext private EntityManager em;
    @Inject private FollowUpRepository followUp;

    List<StructureRecord> of(List<Structure> structures) {
        List<Long> ids = structures.stream().flatMap(s -> s.projects().stream()).map(CarriedProject::projectId).toList();
        if (ids.isEmpty()) {
            return structures.stream().map(s -> new StructureRecord(s, List.of())).toList();
        }
        Map<Long, Title> titles = em.createQuery("select p.id, p.title, p.status from Project p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> new Title((String) r[1], (ProjectStatus) r[2])));
        Map<Long, FundedProject> grants = em.createQuery("select g from FundedProject g where g.projectId in :ids", FundedProject.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(FundedProject::projectId, Function.identity()));
        Map<Long, Money> paid = paidByGrant(grants.values().stream().map(FundedProject::id).toList());
        Map<Long, StatusReport> latest = followUp.reportsOfProjects(ids).stream().collect(Collectors.toMap(StatusReport::projectId,
                Function.identity(), (a, b) -> a.year() >= b.year() ? a : b));
        return structures.stream().map(s -> new StructureRecord(s, s.projects().stream().map(c -> {
            Title title = titles.getOrDefault(c.projectId(), new Title("", ProjectStatus.LABELLED));
            FundedProject grant = grants.get(c.projectId());
            return new ProjectRecord(c, title.title(), title.status(), grant == null ? null : grant.granted(),
                    grant == null ? null : paid.getOrDefault(grant.id(), Money.ZERO), latest.get(c.projectId()));
        }).sorted(Comparator.comparing(ProjectRecord::year).thenComparing(ProjectRecord::projectId)).toList())).toList();
    }

    private Map<Long, Money> paidByGrant(Collection<Long> grantIds) {
        if (grantIds.isEmpty()) {
            return Map.of();
        }
        return followUp.instalmentsOfGrants(grantIds).stream().collect(Collectors.groupingBy(Instalment::grantId,
                Collectors.collectingAndThen(Collectors.toList(), Instalment::paid)));
    }
}
