package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.platform.JpaStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaVoteRepository extends JpaStore implements VoteRepository {

    private static final String INSERT_PARTICIPATION = "insert into vote_participation"
            + " (campaign_id, category_id, voter_id, assisted_by, voted_on, territory_code, age_band)"
            + " values (?, ?, ?, ?, ?, ?, ?)";

    @Inject private VoteInserts inserts;

    /**
     * Written before the ballot: a concurrent vote by the same voter in the same category waits on the
     * unique index and then fails there, before any ballot of it is written.
     */
    @Override
    public void record(Participation p) {
        inserts.insertOnce(INSERT_PARTICIPATION, insert -> {
            insert.setLong(1, p.campaignId());
            insert.setLong(2, p.categoryId());
            insert.setLong(3, p.voterId());
            insert.setObject(4, p.assistedBy(), Types.BIGINT);
            insert.setObject(5, p.votedOn());
            insert.setString(6, p.territoryCode());
            insert.setString(7, p.ageBand().name());
        });
    }

    @Override
    public boolean isCounted(long campaignId) {
        Urn urn = em.find(Urn.class, campaignId);
        return urn == null || urn.status() == UrnStatus.COUNTED;
    }

    @Override
    public Optional<Voter> voter(String email) {
        return list(Voter.class, Voter.BY_EMAIL, "email", email).stream().findFirst();
    }

    @Override
    public Set<Long> categoriesVotedBy(long voterId, long campaignId) {
        return new HashSet<>(em.createNamedQuery("Participation.categoriesVotedBy", Long.class)
                .setParameter("voter", voterId).setParameter("campaign", campaignId).getResultList());
    }

    @Override
    public List<Ballot> ballotsOf(long campaignId) {
        return em.createNamedQuery("Ballot.published", Ballot.class).setParameter("campaign", campaignId).getResultList();
    }

    @Override
    public java.util.Map<Long, Long> ballotCounts(long campaignId) {
        Urn urn = em.find(Urn.class, campaignId);
        if (urn != null) {
            return UrnResult.countsByProject(urn);
        }
        return em.createQuery("select b.projectId, count(b) from Ballot b where b.campaignId = :campaign group by b.projectId",
                        Object[].class).setParameter("campaign", campaignId).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
