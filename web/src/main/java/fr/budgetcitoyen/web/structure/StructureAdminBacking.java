package fr.budgetcitoyen.web.structure;

import fr.budgetcitoyen.followup.StatusReport;
import fr.budgetcitoyen.structure.StructureRecord;
import fr.budgetcitoyen.structure.StructureService;
import fr.budgetcitoyen.structure.StructureService.CarrierContact;
import fr.budgetcitoyen.web.platform.DetailPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin/structure?id=N}: a structure as agents see it — its carriers' contacts and yearly reports — with
 * the split of a project and the merge of another structure. Its forms post the id back (no state kept).
 */
@Named
@RequestScoped
public class StructureAdminBacking extends DetailPage<StructureRecord> {

    @EJB private StructureService structures;

    private Map<Long, CarrierContact> contacts = Map.of();
    private List<StatusReport> reports = List.of();
    private String mergeWith;
    /** Read once per request: the select renders and validates against the same list. */
    private List<StructureRecord> mergeCandidates;

    public StructureAdminBacking() {
        super("Structure inconnue");
    }

    @Override
    protected Optional<StructureRecord> find(long id) {
        return structures.structure(id);
    }

    @Override
    protected void found(StructureRecord record) {
        contacts = structures.contacts(record);
        reports = structures.reports(record);
    }

    public StructureRecord getRecord() {
        return shown();
    }

    public CarrierContact contact(long projectId) {
        return contacts.get(projectId);
    }

    public List<StatusReport> getReports() { return reports; }

    /** What may be merged into this one: the other structures, those of the same name first. */
    public List<StructureRecord> getMergeCandidates() {
        if (mergeCandidates == null) {
            StructureRecord record = shown();
            mergeCandidates = structures.inventory().stream().filter(r -> r.id() != record.id())
                    .sorted(Comparator.comparing((StructureRecord r) -> !r.structure().nameKey().equals(record.structure().nameKey())))
                    .toList();
        }
        return mergeCandidates;
    }

    public String getMergeWith() { return mergeWith; }

    public void setMergeWith(String mergeWith) { this.mergeWith = mergeWith; }
}
