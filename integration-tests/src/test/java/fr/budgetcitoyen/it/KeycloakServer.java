package fr.budgetcitoyen.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real OpenID Connect provider for the tests: Keycloak (unpacked by the oidc profile) in development
 * mode on 127.0.0.1:8180, with the realm of src/test/resources/keycloak imported at start.
 */
final class KeycloakServer implements AutoCloseable {

    static final String ISSUER = "http://localhost:8180/realms/budget-citoyen";
    private final Process process;

    private KeycloakServer(Process process) { this.process = process; }

    static boolean isAvailable() {
        return System.getProperty("keycloak.home") != null;
    }

    static KeycloakServer start() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("keycloak.home"));
        Path imports = Files.createDirectories(home.resolve("data/import"));
        try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/budget-citoyen-realm.json")) {
            // Lou is 13 whatever the day the suite runs: old enough to vote, young enough to need a parent.
            String json = new String(realm.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("${minorBirthdate}", java.time.LocalDate.now().minusYears(13).minusDays(40).toString());
            Files.writeString(imports.resolve("budget-citoyen-realm.json"), json);
        }
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=8180", "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("keycloak.java.home", System.getProperty("java.home")));
        // Java 24+: its thread pools need this, or their worker threads die (and requests hang).
        builder.environment().put("JAVA_OPTS_APPEND", "--add-opens java.base/java.lang=ALL-UNNAMED");
        KeycloakServer server = new KeycloakServer(builder.start());
        server.awaitReady(Duration.ofMinutes(3));
        return server;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see keycloak.log in keycloak.home");
            }
            try {
                if (Http.get(ISSUER + "/.well-known/openid-configuration").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Keycloak not ready after " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
