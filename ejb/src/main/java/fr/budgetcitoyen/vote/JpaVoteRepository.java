package fr.budgetcitoyen.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaVoteRepository implements VoteRepository {

    @PersistenceContext
    private EntityManager em;

    /**
     * The participation is flushed first: a concurrent vote by the same voter in the same category
     * waits on the unique index and then fails there, before any ballot of it is written.
     */
    @Override
    public void record(CastVote vote) {
        try {
            em.persist(vote.participation());
            em.flush();
        } catch (PersistenceException duplicate) {
            throw VoteRefusedException.alreadyVoted();
        }
        em.persist(vote.ballot());
        em.flush();
    }

    @Override
    public Optional<Voter> voter(String email) {
        return em.createQuery(Voter.BY_EMAIL, Voter.class).setParameter("email", email).getResultList().stream().findFirst();
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
        return em.createQuery("select b.projectId, count(b) from Ballot b where b.campaignId = :campaign group by b.projectId",
                        Object[].class).setParameter("campaign", campaignId).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    @Override
    public void storeSynthetic(DemoBallots.Seed seed) {
        seed.participations().forEach(em::persist);
        seed.ballots().forEach(em::persist);
    }
}
