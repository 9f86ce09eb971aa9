package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.platform.JpaStore;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@ApplicationScoped
public class JpaUrnRepository extends JpaStore implements UrnRepository {

    private static final int FETCH_SIZE = 256;

    private static final String INSERT_BALLOT = "insert into urn_ballot"
            + " (id, campaign_id, category_id, pseudonym, tracker, ballot, ciphertexts, idempotency_key)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)";

    @EJB private PseudonymIssuer issuer;
    @Inject private VoteInserts inserts;

    @Override
    public Optional<Urn> find(long campaignId) {
        return byId(Urn.class, campaignId);
    }

    @Override
    public Optional<Urn> lock(long campaignId) {
        return lockedById(Urn.class, campaignId);
    }

    @Override
    public void store(Urn urn) {
        em.persist(urn);
    }

    @Override
    public List<KeyHolder> holders(long campaignId) {
        return em.createNamedQuery("KeyHolder.ofUrn", KeyHolder.class).setParameter("campaign", campaignId).getResultList();
    }

    @Override
    public List<KeyHolder> holdersFor(long accountId) {
        return em.createNamedQuery("KeyHolder.ofAccount", KeyHolder.class).setParameter("account", accountId).getResultList();
    }

    @Override
    public void store(KeyHolder holder) {
        em.persist(holder);
    }

    @Override
    public String pseudonymOf(long campaignId, long accountId) {
        return existingPseudonym(campaignId, accountId).orElseGet(() -> {
            issuer.issue(campaignId, accountId); // committed apart: a concurrent request may have won, read it
            return existingPseudonym(campaignId, accountId).orElseThrow();
        });
    }

    private Optional<String> existingPseudonym(long campaignId, long accountId) {
        return em.createNamedQuery("VoterPseudonym.of", String.class).setParameter("campaign", campaignId)
                .setParameter("account", accountId).getResultStream().findFirst();
    }

    /** Plain JDBC, as the participation: a second ballot of a pseudonym is an answer, not a fault to log. */
    @Override
    public void store(UrnBallot ballot) {
        inserts.insertOnce(INSERT_BALLOT, insert -> {
            insert.setString(1, java.util.UUID.randomUUID().toString());
            insert.setLong(2, ballot.campaignId());
            insert.setLong(3, ballot.categoryId());
            insert.setString(4, ballot.pseudonym());
            insert.setString(5, ballot.tracker());
            insert.setString(6, ballot.ballot());
            insert.setBytes(7, ballot.ciphertexts());
            insert.setString(8, ballot.idempotencyKey());
        });
    }

    @Override
    public Stream<Object[]> trackers(long campaignId) {
        return streamed(em.createNamedQuery("UrnBallot.lines", Object[].class).setParameter("campaign", campaignId));
    }

    @Override
    public Stream<String> ballotTexts(long campaignId) {
        return streamed(em.createNamedQuery("UrnBallot.texts", String.class).setParameter("campaign", campaignId));
    }

    @Override
    public Optional<UrnBallot> byTracker(String tracker) {
        return em.createNamedQuery("UrnBallot.byTracker", UrnBallot.class).setParameter("tracker", tracker)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UrnBallot> ballotOf(long campaignId, long categoryId, String pseudonym) {
        return em.createNamedQuery("UrnBallot.ofPseudonym", UrnBallot.class).setParameter("campaign", campaignId)
                .setParameter("category", categoryId).setParameter("pseudonym", pseudonym).getResultStream().findFirst();
    }

    @Override
    public List<Object[]> lines(long campaignId, int first, int max) {
        return em.createNamedQuery("UrnBallot.lines", Object[].class).setParameter("campaign", campaignId)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public Stream<Object[]> ciphertexts(long campaignId) {
        return streamed(em.createNamedQuery("UrnBallot.ciphertexts", Object[].class).setParameter("campaign", campaignId));
    }

    /** Rows fetched a few hundred at a time (PostgreSQL's driver otherwise reads the whole result first), unmanaged. */
    private static <T> Stream<T> streamed(TypedQuery<T> query) {
        return query.setHint("org.hibernate.fetchSize", FETCH_SIZE).setHint("org.hibernate.readOnly", true).getResultStream();
    }

    @Override
    public Map<Long, Long> participationsPerCategory(long campaignId) {
        return em.createQuery("select p.categoryId, count(p) from Participation p where p.campaignId = :campaign group by p.categoryId",
                        Object[].class).setParameter("campaign", campaignId).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    @Override
    public Map<Long, Long> ballotsPerCategory(long campaignId) {
        return em.createQuery("select b.categoryId, count(b) from UrnBallot b where b.campaignId = :campaign group by b.categoryId",
                        Object[].class).setParameter("campaign", campaignId).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
