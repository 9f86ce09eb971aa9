package fr.budgetcitoyen.allocation.pabulib;

import fr.budgetcitoyen.allocation.pabulib.PabulibRecords.Record;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One section of a pabulib file: its title line, its header line (column names) and its rows. */
record Section(String title, Record header, List<Record> rows) {

    Section {
        rows = List.copyOf(rows);
    }

    int headerLine() {
        return header.line();
    }

    /** Line of the last record of the section, where "something is missing" is reported. */
    int lastLine() {
        return rows.isEmpty() ? header.line() : rows.get(rows.size() - 1).line();
    }

    /** Column position by header name, case-insensitive; the first of several names that exists. */
    Optional<Integer> column(String... names) {
        for (String name : names) {
            for (int i = 0; i < header.fields().size(); i++) {
                if (header.fields().get(i).toLowerCase(Locale.ROOT).equals(name)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    int requiredColumn(String name) {
        return column(name).orElseThrow(() -> new PabulibFormatException(header.line(), "expected a column '" + name
                + "' in the " + title + " header, found '" + String.join(";", header.fields()) + "'"));
    }

    /** Trimmed value, with pabulib's "None" read as absent (empty). */
    static String value(Record row, Optional<Integer> column) {
        if (column.isEmpty()) {
            return "";
        }
        String raw = row.field(column.get());
        return raw.equalsIgnoreCase("none") ? "" : raw;
    }
}
