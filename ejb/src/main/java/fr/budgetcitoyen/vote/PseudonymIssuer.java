package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.urn.Pseudonyms;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.PersistenceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Gives an account its pseudonym in an edition, in a transaction of its own: two tabs voting at once both
 * try, one insert wins, the other's unique violation is an answer (read the winner's), not a failed vote.
 */
@Stateless
@PermitAll
public class PseudonymIssuer {

    private static final String UNIQUE_VIOLATION = "23505";

    @Resource(lookup = "java:jboss/datasources/BudgetCitoyenDS")
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void issue(long campaignId, long accountId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into urn_pseudonym (campaign_id, account_id, pseudonym) values (?, ?, ?)")) {
            insert.setLong(1, campaignId);
            insert.setLong(2, accountId);
            insert.setString(3, Pseudonyms.random());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new PersistenceException(e);
            }
        }
    }
}
