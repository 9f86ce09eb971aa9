package fr.budgetcitoyen.vote;

import java.util.List;
import java.util.Set;

/** Participations and ballots. Never a query joining the two: there is nothing to join them on. */
public interface VoteRepository {

    /** Writes both; fails with {@link VoteRefusedException#alreadyVoted()} if the voter already voted there. */
    void record(CastVote vote);

    Set<Long> categoriesVotedBy(long voterId, long campaignId);

    List<Ballot> ballotsOf(long campaignId);
}
