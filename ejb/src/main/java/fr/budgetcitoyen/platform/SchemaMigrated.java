package fr.budgetcitoyen.platform;

/**
 * Fired once the migrations are applied, before the start-up jobs that depend on {@link DatabaseMigration}
 * run: an optional module (the demo data) fills the database then, without the application knowing it.
 */
public record SchemaMigrated() {
}
