package fr.budgetcitoyen.structure;

import fr.budgetcitoyen.project.LegalForm;

import java.util.List;

/** The directory's search: each criterion optional (null or blank means any). */
public record StructureFilter(String text, String territory, LegalForm legalForm, Integer year, Fate fate) {

    public static final StructureFilter ANY = new StructureFilter(null, null, null, null, null);

    public boolean matches(StructureRecord record) {
        Structure s = record.structure();
        return (text == null || text.isBlank() || record.named(text))
                && (territory == null || territory.isBlank() || territory.equals(s.territoryCode()))
                && (legalForm == null || legalForm == s.legalForm())
                && (year == null || record.carriedIn(year))
                && (fate == null || record.reached(fate));
    }

    public List<StructureRecord> apply(List<StructureRecord> records) {
        return records.stream().filter(this::matches).toList();
    }
}
