package fr.budgetcitoyen.web.admin;

import fr.budgetcitoyen.audit.AuditEntry;
import fr.budgetcitoyen.audit.AuditLog;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The audit log for administrators: filter by actor and action, newest first; read-only. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog audit;

    private String actor;
    private String action;
    private LazyDataModel<AuditEntry> entries;

    @PostConstruct
    void init() {
        entries = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) audit.count(actor, action);
            }

            @Override
            public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
                return audit.search(actor, action, first, pageSize);
            }

            @Override
            public String getRowKey(AuditEntry entry) {
                return String.valueOf(entry.id());
            }
        };
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
