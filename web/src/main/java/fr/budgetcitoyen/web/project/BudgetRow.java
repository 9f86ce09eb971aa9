package fr.budgetcitoyen.web.project;

import fr.budgetcitoyen.project.BudgetLine;
import fr.budgetcitoyen.shared.Money;

import java.io.Serializable;
import java.util.Optional;

/** A row of the budget table as typed: the amount stays text until it parses, so nothing typed is lost. */
public class BudgetRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private BudgetLine.Kind kind;
    private String label;
    private String amount;

    public BudgetRow(BudgetLine.Kind kind, String label, String amount) {
        this.kind = kind;
        this.label = label;
        this.amount = amount;
    }

    static BudgetRow of(BudgetLine line) {
        return new BudgetRow(line.kind(), line.label(), line.amount().amount().toPlainString());
    }

    /** The amount if it is one (not negative); empty rows count as nothing. */
    Optional<Money> money() {
        if (amount == null || amount.isBlank()) {
            return Optional.of(Money.ZERO);
        }
        try {
            Money money = Money.parse(amount);
            return money.isNegative() ? Optional.empty() : Optional.of(money);
        } catch (IllegalArgumentException notAnAmount) {
            return Optional.empty();
        }
    }

    boolean isBlank() {
        return (label == null || label.isBlank()) && (amount == null || amount.isBlank());
    }

    public BudgetLine.Kind getKind() { return kind; }

    public void setKind(BudgetLine.Kind kind) { this.kind = kind; }

    public String getLabel() { return label; }

    public void setLabel(String label) { this.label = label; }

    public String getAmount() { return amount; }

    public void setAmount(String amount) { this.amount = amount; }
}
