package fr.budgetcitoyen.labelling;

import fr.budgetcitoyen.platform.JpaStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class JpaCommitteeRepository extends JpaStore implements CommitteeRepository {

    @Override
    public Committee of(long campaignId) {
        return new Committee(list(CommitteeSeat.class,
                "select s from CommitteeSeat s where s.campaignId = :campaign" + " order by s.college, s.memberName",
                "campaign", campaignId));
    }

    @Override
    public Optional<CommitteeSeat> seat(long seatId) {
        return byId(CommitteeSeat.class, seatId);
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
