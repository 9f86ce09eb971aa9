package fr.budgetcitoyen.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ready when the database answers and every migration of this version has been applied.
 * It lives in the EAR library on purpose: WildFly only collects health checks from the top-level
 * archive of an EAR, not from its ejb or war modules; hence the JNDI look-ups instead of injection.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String DATASOURCE = "java:jboss/datasources/BudgetCitoyenDS";
    private static final int TIMEOUT_SECONDS = 2;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("budget-citoyen-database");
        try (Connection connection = InitialContext.<DataSource>doLookup(DATASOURCE).getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return response.down().withData("error", "connection not valid").build();
            }
            response.withData("database", connection.getMetaData().getDatabaseProductName());
        } catch (SQLException | NamingException e) {
            return response.down().withData("error", "database unreachable: " + e.getMessage()).build();
        }
        try {
            int pending = InitialContext.<SchemaStatus>doLookup(SchemaStatus.JNDI_NAME).pendingMigrations();
            return response.status(pending == 0).withData("pendingMigrations", pending).build();
        } catch (NamingException e) {
            return response.down().withData("error", "schema status unavailable: " + e.getMessage()).build();
        }
    }
}
