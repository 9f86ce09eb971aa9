package fr.budgetcitoyen.vote;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Participations and ballots. Never a query joining the two: there is nothing to join them on. */
public interface VoteRepository {

    /** Writes the participation; fails with {@link VoteRefusedException#alreadyVoted()} if the voter already voted there. */
    void record(Participation participation);

    /** The account signed in as this (normalised) address, as the vote sees it. */
    Optional<Voter> voter(String email);

    Set<Long> categoriesVotedBy(long voterId, long campaignId);

    List<Ballot> ballotsOf(long campaignId);

    /** Whether the edition's counts exist: always for plaintext editions, once its urn is counted otherwise. */
    boolean isCounted(long campaignId);

    /** Ballots per project of an edition: only asked once its ballots are published (its urn counted). */
    java.util.Map<Long, Long> ballotCounts(long campaignId);
}
