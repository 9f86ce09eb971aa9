package fr.budgetcitoyen.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The SHA-256 of the EAR the server runs, sealed into the election so that anyone can compare it with the
 * published build. {@code budgetcitoyen.urn.ear-sha256} when the deployment pipeline gives it; otherwise
 * the file in {@code deployments/}, or WildFly's content repository (a deployment made through the
 * management API, as by the tests), newest first.
 */
@ApplicationScoped
public class EarFingerprint {

    static final String UNKNOWN = "unknown";

    @Inject
    @ConfigProperty(name = "budgetcitoyen.urn.ear-sha256")
    Optional<String> configured;

    public String sha256() {
        return configured.filter(s -> s.matches("[0-9a-f]{64}")).orElseGet(() -> deployed().map(EarFingerprint::hash).orElse(UNKNOWN));
    }

    private static Optional<Path> deployed() {
        String base = System.getProperty("jboss.server.base.dir");
        if (base == null) {
            return Optional.empty();
        }
        Path file = Path.of(base, "deployments", "budget-citoyen.ear");
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        Path content = Path.of(System.getProperty("jboss.server.data.dir", base + "/data"), "content");
        if (!Files.isDirectory(content)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(content, 3)) {
            return files.filter(p -> p.getFileName().toString().equals("content") && Files.isRegularFile(p))
                    .filter(EarFingerprint::isOurEar)
                    .max(Comparator.comparing(p -> p.toFile().lastModified()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isOurEar(Path path) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            return zip.getEntry("lib/domain.jar") != null && zip.getEntry("ejb.jar") != null;
        } catch (IOException notAZip) {
            return false;
        }
    }

    private static String hash(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return UNKNOWN;
        }
    }
}
