package fr.budgetcitoyen.allocation.pabulib;

import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Rational;
import fr.budgetcitoyen.allocation.VoteType;
import fr.budgetcitoyen.allocation.pabulib.PabulibRecords.Record;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The META section: key/value entries, of which the budget is required. */
record MetaSection(Map<String, String> entries, Rational budget, VoteType voteType) {

    static MetaSection read(Section section) {
        Optional<Integer> keyColumn = Optional.of(section.column("key").orElse(0));
        Optional<Integer> valueColumn = Optional.of(section.column("value").orElse(1));
        Map<String, String> entries = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Record row : section.rows()) {
            String key = Section.value(row, keyColumn);
            if (!key.isEmpty()) {
                entries.put(key, row.field(valueColumn.get()));
                lines.put(key, row.line());
            }
        }
        String rawBudget = entries.get("budget");
        if (rawBudget == null) {
            throw new PabulibFormatException(section.lastLine(), "expected a META entry 'budget', found none");
        }
        Rational budget = PabulibNumbers.decimal(rawBudget, lines.get("budget"), "META 'budget'");
        if (budget.signum() < 0) {
            throw new PabulibFormatException(lines.get("budget"), "expected a non-negative budget, found '"
                    + rawBudget + "'");
        }
        String threshold = entries.get(Instance.META_SCORE_THRESHOLD);
        if (threshold != null && !threshold.isEmpty()) {
            PabulibNumbers.decimal(threshold, lines.get(Instance.META_SCORE_THRESHOLD),
                    "META '" + Instance.META_SCORE_THRESHOLD + "'");
        }
        return new MetaSection(entries, budget, voteType(entries.get("vote_type"), lines.get("vote_type")));
    }

    /** Approval when absent, as nearly all pabulib files are. */
    private static VoteType voteType(String raw, Integer line) {
        if (raw == null || raw.isEmpty()) {
            return VoteType.APPROVAL;
        }
        return VoteType.fromPabulibName(raw).orElseThrow(() -> new PabulibFormatException(line,
                "expected a vote_type among approval, choose-1, ordinal, cumulative, scoring, found '" + raw + "'"));
    }
}
