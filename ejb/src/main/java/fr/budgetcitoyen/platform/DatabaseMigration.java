package fr.budgetcitoyen.platform;

import fr.budgetcitoyen.audit.V38__Chain_audit_log;
import fr.budgetcitoyen.territory.V2__Load_communes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything else touches the database. Bean-managed transactions:
 * Flyway commits each migration itself, which a container transaction would forbid (IJ031017).
 * <p>
 * In production the migrations run with a role of their own ({@code budgetcitoyen.db.migration-user} and
 * {@code -password}: the tables' owner), on the application's database, and then grant the application's role
 * ({@link AppRoleGrants}), which may not alter the audit log. Without them (H2, a quick start), one role does all.
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

    /** Optional: an empty variable (the tests' H2 run) means "not set", as an absent one. */
    @Inject
    @ConfigProperty(name = "budgetcitoyen.db.migration-user")
    Optional<String> migrationUser;

    @Inject
    @ConfigProperty(name = "budgetcitoyen.db.migration-password")
    Optional<String> migrationPassword;

    @Inject private Event<SchemaMigrated> migrated;

    @PostConstruct
    void migrate() {
        Flyway flyway = flyway();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
        // Synchronous: whoever fills the schema (the demo data) is done before the start-up jobs that wait for this bean.
        migrated.fire(new SchemaMigrated());
    }

    /**
     * Read with the application's pool, whatever the migrations' role: the readiness probe asks every few seconds,
     * and reading the schema's history needs no more than the application's rights.
     */
    @Override
    public int pendingMigrations() {
        return configuration().dataSource(dataSource).load().info().pending().length;
    }

    private FluentConfiguration configuration() {
        return Flyway.configure(getClass().getClassLoader())
                .locations("classpath:db/migration")
                .javaMigrations(new V2__Load_communes(), new V38__Chain_audit_log());
    }

    private Flyway flyway() {
        if (migrationUser.filter(user -> !user.isBlank()).isEmpty()) {
            return configuration().dataSource(dataSource).load();
        }
        try (Connection application = dataSource.getConnection()) {
            DatabaseMetaData database = application.getMetaData();
            return configuration().dataSource(database.getURL(), migrationUser.get().strip(), migrationPassword.orElse("").strip())
                    .callbacks(new AppRoleGrants(database.getUserName())).load();
        } catch (SQLException e) {
            throw new IllegalStateException("The application's database is out of reach", e);
        }
    }
}
