package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.platform.PublicContent;
import fr.budgetcitoyen.platform.PublicContentChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The vote's two rows, participation and ballot, written with plain JDBC on the transaction's connection rather
 * than {@code persist}: a second vote is an expected answer, not a fault, and Hibernate would log every refused
 * insert as an ERROR. Plain SQL passes no entity listener, so the public pages are told here.
 */
@ApplicationScoped
class VoteInserts {

    /** SQLState of a unique violation, the same on PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** The persistence unit's own data source: inside a transaction, JCA hands out its enlisted connection. */
    @Resource(lookup = "java:jboss/datasources/BudgetCitoyenDS")
    private DataSource dataSource;

    @Inject private Event<PublicContentChanged> changes;

    /** Sets an insert's parameters. */
    @FunctionalInterface
    interface Parameters {
        void set(PreparedStatement insert) throws SQLException;
    }

    /** Inserts one row; a unique index refusing it means the voter (or pseudonym) already voted there. */
    void insertOnce(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            parameters.set(insert);
            insert.executeUpdate();
            changes.fire(new PublicContentChanged(PublicContent.VOTE));
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw VoteRefusedException.alreadyVoted();
            }
            throw new PersistenceException(e);
        }
    }
}
