package fr.budgetcitoyen.platform;

/** What the application knows of its database schema. Implemented by the migration bean of the ejb module. */
public interface SchemaStatus {

    /** Where the readiness check finds the implementation. */
    String JNDI_NAME = "java:global/budget-citoyen/ejb/DatabaseMigration!fr.budgetcitoyen.platform.SchemaStatus";

    /** Migrations shipped with this version and not yet applied to the database. */
    int pendingMigrations();
}
