package fr.budgetcitoyen.vote;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Urns, their key holders, the voters' pseudonyms and the encrypted ballots. */
public interface UrnRepository {

    Optional<Urn> find(long campaignId);

    /** The urn, locked for the ceremony's step that changes it. */
    Optional<Urn> lock(long campaignId);

    void store(Urn urn);

    List<KeyHolder> holders(long campaignId);

    List<KeyHolder> holdersFor(long accountId);

    void store(KeyHolder holder);

    /** The account's pseudonym in this edition, made (random) and stored the first time it is asked. */
    String pseudonymOf(long campaignId, long accountId);

    /** Writes the ballot; fails with {@link VoteRefusedException#alreadyVoted()} on a second one of a pseudonym. */
    void store(UrnBallot ballot);

    /** Each ballot's tracker and pseudonym, by category then tracker, read as they come (close the stream). */
    Stream<Object[]> trackers(long campaignId);

    /** Each ballot's canonical serialisation, in the same order, read as they come (close the stream). */
    Stream<String> ballotTexts(long campaignId);

    Optional<UrnBallot> byTracker(String tracker);

    /** The ballot a pseudonym cast in a category, if any. */
    Optional<UrnBallot> ballotOf(long campaignId, long categoryId, String pseudonym);

    /** A page of the ballots' trackers, pseudonyms and category ids, without reading the ballots themselves. */
    List<Object[]> lines(long campaignId, int first, int max);

    /** Each ballot's category and packed ciphertexts, for the tally, read as they come (close the stream). */
    Stream<Object[]> ciphertexts(long campaignId);

    /** Participations per category id: voters who took part, whatever the urn holds. */
    java.util.Map<Long, Long> participationsPerCategory(long campaignId);

    /** Ballots per category id. */
    java.util.Map<Long, Long> ballotsPerCategory(long campaignId);
}
