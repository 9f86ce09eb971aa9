package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.urn.Election;
import fr.budgetcitoyen.urn.Json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The counts a counted urn decrypted, per project: what the allocation rules, results and exports read. */
public final class UrnResult {

    private UrnResult() {
    }

    /** Votes per project id; empty until the urn is counted. */
    public static Map<Long, Long> countsByProject(Urn urn) {
        if (urn.status() != UrnStatus.COUNTED) {
            return Map.of();
        }
        Election election = Election.parse(urn.election());
        List<Object> rows = Json.array(Json.parseObject(urn.result()), "result");
        Map<Long, Long> counts = new HashMap<>();
        for (int q = 0; q < election.questions().size(); q++) {
            List<String> answers = election.question(q).answers();
            List<Object> row = Json.asArray(rows.get(q), "résultat");
            for (int a = 0; a < answers.size(); a++) {
                counts.put(Long.valueOf(answers.get(a)), row.isEmpty() ? 0L : (Long) row.get(a)); // no ballot: []
            }
        }
        return counts;
    }
}
