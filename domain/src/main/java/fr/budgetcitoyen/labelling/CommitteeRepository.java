package fr.budgetcitoyen.labelling;

import java.util.Optional;

/** The committees' seats, per edition. */
public interface CommitteeRepository {

    Committee of(long campaignId);

    Optional<CommitteeSeat> seat(long seatId);

    void store(CommitteeSeat seat);

    void remove(CommitteeSeat seat);
}
