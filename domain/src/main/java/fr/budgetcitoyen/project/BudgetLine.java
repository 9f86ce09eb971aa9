package fr.budgetcitoyen.project;

import fr.budgetcitoyen.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/** A line of a project's budget: an expense, or funding from elsewhere than the Budget citoyen. */
@Embeddable
public class BudgetLine implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind { EXPENSE, FUNDING }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 14, scale = 2, nullable = false))
    private Money amount;

    protected BudgetLine() {
        // for JPA
    }

    public BudgetLine(Kind kind, String label, Money amount) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.label = label == null ? "" : label.strip();
        this.amount = Objects.requireNonNull(amount, "amount");
    }

    public Kind kind() { return kind; }

    public String label() { return label; }

    public Money amount() { return amount; }
}
