package fr.budgetcitoyen.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes the demo's synthetic votes straight into the vote tables: they are not cast (no eligibility, no
 * urn), so no domain repository offers a way to store them.
 */
@Dependent
class DemoBallotWriter {

    @PersistenceContext
    private EntityManager em;

    void store(DemoBallots.Seed seed) {
        for (DemoBallots.Participation p : seed.participations()) {
            em.createNativeQuery("insert into vote_participation (campaign_id, category_id, voter_id, voted_on, territory_code, age_band)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, p.campaignId()).setParameter(2, p.categoryId()).setParameter(3, p.voterId())
                    .setParameter(4, p.votedOn()).setParameter(5, p.territoryCode()).setParameter(6, p.ageBand().name())
                    .executeUpdate();
        }
        for (DemoBallots.Ballot b : seed.ballots()) {
            em.createNativeQuery("insert into vote_ballot (id, campaign_id, category_id, project_id, receipt_hash) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, b.id()).setParameter(2, b.campaignId()).setParameter(3, b.categoryId())
                    .setParameter(4, b.projectId()).setParameter(5, b.receiptHash())
                    .executeUpdate();
        }
    }
}
