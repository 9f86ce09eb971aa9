package fr.budgetcitoyen.web.admin;

import fr.budgetcitoyen.audit.AuditEntry;
import fr.budgetcitoyen.audit.AuditLog;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

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
        entries = new PagedSearch<>(() -> audit.count(actor, action),
                (first, size) -> audit.search(actor, action, first, size), AuditEntry::id);
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
