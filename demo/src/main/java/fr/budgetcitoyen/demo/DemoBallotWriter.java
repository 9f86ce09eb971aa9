package fr.budgetcitoyen.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the demo's synthetic votes straight into the vote tables: they are not cast (no eligibility, no
 * urn), so no domain repository offers a way to store them.
 */
@Dependent
class DemoBallotWriter {

    /** Rows per insert: a few statements for the 1,500 votes of an edition instead of one each. */
    private static final int ROWS_PER_INSERT = 250;

    @PersistenceContext private EntityManager em;

    void store(DemoBallots.Seed seed) {
        insert("vote_participation (campaign_id, category_id, voter_id, voted_on, territory_code, age_band)",
                seed.participations().stream().map(p -> List.<Object>of(p.campaignId(), p.categoryId(), p.voterId(),
                        p.votedOn(), p.territoryCode(), p.ageBand().name())).toList());
        insert("vote_ballot (id, campaign_id, category_id, project_id, receipt_hash)",
                seed.ballots().stream().map(b -> List.<Object>of(b.id(), b.campaignId(), b.categoryId(), b.projectId(),
                        b.receiptHash())).toList());
    }

    private void insert(String tableAndColumns, List<List<Object>> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<List<Object>> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String tuple = "(" + String.join(", ", Collections.nCopies(chunk.get(0).size(), "?")) + ")";
            Query insert = em.createNativeQuery("insert into " + tableAndColumns + " values "
                    + chunk.stream().map(row -> tuple).collect(Collectors.joining(", ")));
            int position = 1;
            for (List<Object> row : chunk) {
                for (Object value : row) {
                    insert.setParameter(position++, value);
                }
            }
            insert.executeUpdate();
        }
    }
}
