package fr.budgetcitoyen.structure;

import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.followup.FollowUpRepository;
import fr.budgetcitoyen.followup.StatusReport;
import fr.budgetcitoyen.structure.StructureRefusedException.Reason;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The inventory of the ESS structures labelled at the Budget citoyen: read by everyone (no personal data), the
 * carriers' contacts and reports by agents, who also merge two records of one structure and split one out.
 */
@Stateless
public class StructureService {

    /** What agents see of who carried a project: the carrier's account, the adult referent, the address. */
    public record CarrierContact(long projectId, String name, String email, String adultReferent, String address) {
    }

    @Resource private SessionContext context;
    @Inject private StructureRepository structures;
    @Inject private StructureRecords records;
    @Inject private FollowUpRepository followUp;
    @PersistenceContext private EntityManager em;
    @EJB private AuditLog audit;

    /** Every structure with its projects' fate, by name (a few hundred at most: read whole, filtered by the views). */
    @PermitAll
    public List<StructureRecord> inventory() {
        return records.of(structures.all()).stream()
                .sorted(Comparator.comparing((StructureRecord r) -> StructureKeys.plain(r.name())).thenComparing(StructureRecord::id))
                .toList();
    }

    @PermitAll
    public Optional<StructureRecord> structure(long id) {
        return structures.find(id).map(s -> records.of(List.of(s)).get(0));
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public Map<Long, CarrierContact> contacts(StructureRecord record) {
        List<Long> ids = record.projects().stream().map(ProjectRecord::projectId).toList();
        return ids.isEmpty() ? Map.of() : em.createQuery("select p.id, a.displayName, a.email, p.carrier.adultReferent, p.carrier.address from Project p"
                        + " left join Account a on a.id = p.ownerId where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .map(r -> new CarrierContact((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
                .collect(Collectors.toMap(CarrierContact::projectId, c -> c));
    }

    /** Every yearly report of the structure's projects, latest first. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public List<StatusReport> reports(StructureRecord record) {
        return followUp.reportsOfProjects(record.projects().stream().map(ProjectRecord::projectId).toList()).stream()
                .sorted(Comparator.comparing(StatusReport::year).reversed().thenComparing(StatusReport::projectId)).toList();
    }

    /** An agent's merge: the second structure's projects join the first, and the second is gone. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public void merge(long keptId, long absorbedId) {
        Structure kept = structures.find(keptId).orElseThrow(() -> new StructureRefusedException(Reason.UNKNOWN));
        Structure absorbed = structures.find(absorbedId).orElseThrow(() -> new StructureRefusedException(Reason.UNKNOWN));
        String before = describe(kept) + " + " + describe(absorbed);
        kept.absorb(absorbed);
        structures.remove(absorbed);
        audit.record(caller(), "structure.merge", "structure:" + keptId, before, describe(kept));
    }

    /** An agent's split: the project leaves for a structure of its own, whose id is returned. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public long split(long structureId, long projectId) {
        Structure from = structures.find(structureId).orElseThrow(() -> new StructureRefusedException(Reason.UNKNOWN));
        String before = describe(from);
        Structure apart = from.split(projectId);
        structures.store(apart);
        audit.record(caller(), "structure.split", "structure:" + structureId, before,
                describe(from) + " / structure:" + apart.id() + " " + describe(apart));
        return apart.id();
    }

    private static String describe(Structure structure) {
        return structure.name() + " " + structure.numbers() + " projects "
                + structure.projects().stream().map(CarriedProject::projectId).toList();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
