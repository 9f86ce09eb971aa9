package fr.budgetcitoyen.platform;

import fr.budgetcitoyen.territory.V2__Load_communes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything else touches the database. Bean-managed transactions:
 * Flyway commits each migration itself, which a container transaction would forbid (IJ031017).
 */
@Singleton
@Startup
@LocalBean
@Local(SchemaStatus.class)
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration implements SchemaStatus {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/BudgetCitoyenDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = flyway();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
    }

    @Override
    public int pendingMigrations() {
        return flyway().info().pending().length;
    }

    private Flyway flyway() {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V2__Load_communes())
                .load();
    }
}
