package fr.budgetcitoyen.web.admin;

import fr.budgetcitoyen.audit.AuditEntry;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.text.Collator;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** The audit log for administrators: filter by actor and action, newest first; read-only. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Bundle keys naming the audited actions: {@code audit.action.account.grant=Rôle attribué}. */
    private static final String LABEL = "audit.action.";

    @Inject private AuditLog audit;

    private String actor;
    private String action;
    private LazyDataModel<AuditEntry> entries;

    @PostConstruct
    void init() {
        entries = new PagedSearch<>(() -> audit.count(actor, action),
                (first, size) -> audit.search(actor, action, first, size), AuditEntry::id);
    }

    /** The action in words; one without a label keeps its code. */
    public String label(String action) {
        String label = Texts.get(LABEL + action);
        return label.startsWith(LABEL) ? action : label;
    }

    /** Every labelled action, in the order of their labels: the filter's choices. */
    public List<String> getActions() {
        return Collections.list(Faces.getContext().getApplication().getResourceBundle(Faces.getContext(), "msg").getKeys())
                .stream().filter(key -> key.startsWith(LABEL)).map(key -> key.substring(LABEL.length()))
                .sorted(Comparator.comparing(this::label, Collator.getInstance(Faces.getLocale()))).toList();
    }

    public LazyDataModel<AuditEntry> getEntries() { return entries; }

    public String getActor() { return actor; }

    public void setActor(String actor) { this.actor = actor; }

    public String getAction() { return action; }

    public void setAction(String action) { this.action = action; }
}
