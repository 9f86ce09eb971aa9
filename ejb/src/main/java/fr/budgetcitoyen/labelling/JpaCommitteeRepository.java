package fr.budgetcitoyen.labelling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaCommitteeRepository implements CommitteeRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Committee of(long campaignId) {
        return new Committee(em.createQuery("select s from CommitteeSeat s where s.campaignId = :campaign"
                        + " order by s.college, s.memberName", CommitteeSeat.class)
                .setParameter("campaign", campaignId).getResultList());
    }

    @Override
    public Optional<CommitteeSeat> seat(long seatId) {
        return Optional.ofNullable(em.find(CommitteeSeat.class, seatId));
    }

    @Override
    public void store(CommitteeSeat seat) {
        em.persist(seat);
    }

    @Override
    public void remove(CommitteeSeat seat) {
        em.remove(seat);
    }
}
