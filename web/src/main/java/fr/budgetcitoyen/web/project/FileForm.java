package fr.budgetcitoyen.web.project;

import fr.budgetcitoyen.project.BudgetLine;
import fr.budgetcitoyen.project.Carrier;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectFileDraft;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.shared.Theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The editor's fields as typed, between the page and a {@link ProjectFileDraft}. */
public class FileForm extends FileHeading {

    private static final long serialVersionUID = 1L;

    private String summary;
    private Theme theme;
    private String structureName;
    private LegalForm legalForm;
    private String registrationNumber;
    private String adultReferent;
    private String address;
    private final List<BudgetRow> expenses = new ArrayList<>();
    private final List<BudgetRow> fundings = new ArrayList<>();
    private String requested;

    void fill(Project file) {
        setCategory(file.category() == null ? null : file.category().code());
        setTitle(file.title());
        summary = file.summary();
        theme = file.theme().orElse(null);
        Carrier carrier = file.carrier();
        structureName = carrier.name();
        legalForm = carrier.legalForm();
        registrationNumber = carrier.registrationNumber();
        adultReferent = carrier.adultReferent();
        address = carrier.address();
        file.budget().forEach(line -> (line.kind() == BudgetLine.Kind.EXPENSE ? expenses : fundings).add(BudgetRow.of(line)));
        if (expenses.isEmpty()) {
            expenses.add(new BudgetRow(BudgetLine.Kind.EXPENSE, "", ""));
        }
        requested = file.requestedAmount() == null ? "" : file.requestedAmount().amount().toPlainString();
    }

    /** Adds the non-blank rows to {@code lines}; false if an amount is not one. */
    boolean collect(List<BudgetLine> lines) {
        boolean ok = true;
        for (BudgetRow row : concat()) {
            if (row.isBlank()) {
                continue;
            }
            Optional<Money> amount = row.money();
            if (amount.isEmpty()) {
                ok = false;
            } else {
                lines.add(new BudgetLine(row.getKind(), row.getLabel(), amount.get()));
            }
        }
        return ok;
    }

    Money totalExpenses() {
        return expenses.stream().map(BudgetRow::money).flatMap(Optional::stream).reduce(Money.ZERO, Money::plus);
    }

    Optional<Money> requested() {
        return new BudgetRow(BudgetLine.Kind.FUNDING, "", requested).money();
    }

    ProjectFileDraft toDraft(String communeInseeCode, List<BudgetLine> lines, Money requestedAmount) {
        return new ProjectFileDraft(getTitle(), summary, theme, structureName, legalForm, registrationNumber, adultReferent,
                address, communeInseeCode, lines, requestedAmount);
    }

    private List<BudgetRow> concat() {
        List<BudgetRow> all = new ArrayList<>(expenses);
        all.addAll(fundings);
        return all;
    }

    public List<BudgetRow> getExpenses() { return expenses; }

    public List<BudgetRow> getFundings() { return fundings; }

    public String getSummary() { return summary; }

    public void setSummary(String summary) { this.summary = summary; }

    public Theme getTheme() { return theme; }

    public void setTheme(Theme theme) { this.theme = theme; }

    public String getStructureName() { return structureName; }

    public void setStructureName(String structureName) { this.structureName = structureName; }

    public LegalForm getLegalForm() { return legalForm; }

    public void setLegalForm(LegalForm legalForm) { this.legalForm = legalForm; }

    public String getRegistrationNumber() { return registrationNumber; }

    public void setRegistrationNumber(String registrationNumber) { this.registrationNumber = registrationNumber; }

    public String getAdultReferent() { return adultReferent; }

    public void setAdultReferent(String adultReferent) { this.adultReferent = adultReferent; }

    public String getAddress() { return address; }

    public void setAddress(String address) { this.address = address; }

    public String getRequested() { return requested; }

    public void setRequested(String requested) { this.requested = requested; }
}
