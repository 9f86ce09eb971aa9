package fr.budgetcitoyen.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How far each part of the public content has changed, for the pages kept for anonymous visitors (issue 19): a
 * number that grows whenever the part changes, on this node at once (after the commit), on the other nodes of a
 * cluster within {@code budgetcitoyen.pages.cache.poll-millis} and a tenth of a second (the database row each node
 * bumps, read by each node at most that often). Bumped after the commit, never before: a page read before the bump is thrown away by it, a
 * page read after it sees the committed data.
 */
@ApplicationScoped
public class PublicContentVersions {

    private static final Logger LOG = Logger.getLogger(PublicContentVersions.class.getName());
    private static final PublicContent[] PARTS = PublicContent.values();
    private static final long BUMP_DELAY_MILLIS = 100;

    @Resource(lookup = "java:jboss/datasources/BudgetCitoyenDS")
    private DataSource dataSource;

    @Resource private ManagedScheduledExecutorService executor;
    @Inject private AfterCompletion transactions;

    @Inject
    @ConfigProperty(name = "budgetcitoyen.pages.cache.poll-millis", defaultValue = "500")
    private long pollMillis;

    private final AtomicLongArray local = new AtomicLongArray(PARTS.length);
    private final AtomicLongArray shared = new AtomicLongArray(PARTS.length);
    private final AtomicBoolean[] bumping = {new AtomicBoolean(), new AtomicBoolean()};
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile long readAt = System.nanoTime() - Long.MAX_VALUE / 2;

    /** Grows whenever one of the parts changes (each count only grows, so their sum tells any change). */
    public long version(Collection<PublicContent> parts) {
        refreshIfDue();
        long version = 0;
        for (PublicContent part : parts) {
            version += local.get(part.ordinal()) + shared.get(part.ordinal());
        }
        return version;
    }

    public long version(PublicContent part) {
        return version(List.of(part));
    }

    void changed(@Observes PublicContentChanged change) {
        PublicContent part = change.part();
        transactions.afterCommitOnce(List.of(PublicContentVersions.class, part), () -> bump(part));
    }

    /**
     * This node sees the change at once; the other nodes once the row is bumped, a tenth of a second later: the
     * changes of that tenth (150 ballots a second in September) share one bump.
     */
    private void bump(PublicContent part) {
        local.incrementAndGet(part.ordinal());
        AtomicBoolean pending = bumping[part.ordinal()];
        if (pending.compareAndSet(false, true)) {
            try {
                executor.schedule(() -> {
                    pending.set(false); // a commit after this line bumps again
                    bumpRow(part);
                }, BUMP_DELAY_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                pending.set(false);
                LOG.log(Level.WARNING, "The other nodes will see this change of " + part + " after their pages expire", e);
            }
        }
    }

    private void bumpRow(PublicContent part) {
        try (Connection db = dataSource.getConnection();
             PreparedStatement update = db.prepareStatement(
                     "UPDATE public_content_version SET version = version + 1 WHERE content_part = ?")) {
            update.setString(1, part.name());
            update.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The other nodes will see this change of " + part + " after their pages expire", e);
        }
    }

    /** One caller at a time reads the rows when they are older than the poll interval; the others go on. */
    private void refreshIfDue() {
        long now = System.nanoTime();
        if (now - readAt < pollMillis * 1_000_000L || !reading.compareAndSet(false, true)) {
            return;
        }
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement("SELECT content_part, version FROM public_content_version");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                int part = PublicContent.valueOf(rows.getString(1)).ordinal();
                shared.accumulateAndGet(part, rows.getLong(2), Math::max);
            }
        } catch (SQLException | IllegalArgumentException e) {
            LOG.log(Level.FINE, "Public content versions unread; the pages kept expire on their own", e);
        } finally {
            readAt = now;
            reading.set(false);
        }
    }
}
