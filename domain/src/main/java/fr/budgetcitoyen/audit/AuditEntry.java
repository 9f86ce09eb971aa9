package fr.budgetcitoyen.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Who changed what, when, with the value before and after. Written once, never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    /** Agents' paged lists keep a page of them in the (replicated) view state. */
    private static final long serialVersionUID = 1L;

    public static final String SYSTEM = "système";
    private static final int TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(nullable = false, updatable = false, length = 254)
    private String target;

    @Column(name = "value_before", updatable = false, length = TEXT)
    private String before;

    @Column(name = "value_after", updatable = false, length = TEXT)
    private String after;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String target, String before, String after) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.target = Objects.requireNonNull(target, "target");
        this.before = truncate(before);
        this.after = truncate(after);
    }

    private static String truncate(String value) {
        return value == null || value.length() <= TEXT ? value : value.substring(0, TEXT - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
