package fr.budgetcitoyen.territory;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the 8 territories and the 887 communes from the reference file shipped in the domain jar.
 * A Java migration rather than 900 lines of SQL: the CSV stays the single source of the data.
 */
@SuppressWarnings("java:S101") // Flyway derives the version from this name
public class V2__Load_communes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        List<CommuneRecord> communes = CommuneReferenceData.load();
        Connection connection = context.getConnection();
        insertTerritories(connection, communes);
        insertCommunes(connection, communes);
    }

    private static void insertTerritories(Connection connection, List<CommuneRecord> communes) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        communes.forEach(c -> names.add(c.territoryName()));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO territory (code, name) VALUES (?, ?)")) {
            for (String name : names) {
                insert.setString(1, Territory.codeOf(name));
                insert.setString(2, name);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertCommunes(Connection connection, List<CommuneRecord> communes) throws SQLException {
        try (PreparedStatement commune = connection.prepareStatement(
                "INSERT INTO commune (insee_code, name, population, epci_siren, epci_name, territory_code) "
                        + "VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement postalCode = connection.prepareStatement(
                     "INSERT INTO commune_postal_code (commune_insee_code, postal_code) VALUES (?, ?)")) {
            for (CommuneRecord c : communes) {
                commune.setString(1, c.inseeCode());
                commune.setString(2, c.name());
                commune.setInt(3, c.population());
                commune.setString(4, c.epciSiren());
                commune.setString(5, c.epciName());
                commune.setString(6, Territory.codeOf(c.territoryName()));
                commune.addBatch();
                for (String code : new LinkedHashSet<>(c.postalCodes())) {
                    postalCode.setString(1, c.inseeCode());
                    postalCode.setString(2, code);
                    postalCode.addBatch();
                }
            }
            commune.executeBatch();
            postalCode.executeBatch();
        }
    }
}
