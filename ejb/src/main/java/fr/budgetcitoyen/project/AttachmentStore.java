package fr.budgetcitoyen.project;

import fr.budgetcitoyen.platform.AfterCompletion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The attachments' bytes on disk, in {@code budgetcitoyen.attachments.dir} (default: the server's data
 * directory): outside the web root, under random names, never executed nor listed; the portal serves
 * them only through the download servlet, after checking who asks.
 */
@ApplicationScoped
public class AttachmentStore {

    @Inject private AfterCompletion transactions;

    @Inject
    @ConfigProperty(name = "budgetcitoyen.attachments.dir")
    Optional<String> configured;

    Path dir() {
        Path dir = configured.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                        "budgetcitoyen-attachments"));
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Written to a temporary name first, so a half-written file never has the final name; removed again if
     * the transaction that refers to it rolls back, so no file is left that nothing points to.
     */
    public void write(String key, byte[] content) {
        Path target = dir().resolve(key);
        try {
            Path temp = Files.createTempFile(dir(), "upload-", ".part");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transactions.afterRollback(() -> deleteNow(key));
    }

    public byte[] read(String key) {
        try {
            return Files.readAllBytes(dir().resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deleted once the transaction that forgets it commits: a rollback keeps the file its row still names. */
    public void delete(String key) {
        transactions.afterCommit(() -> deleteNow(key));
    }

    private void deleteNow(String key) {
        try {
            Files.deleteIfExists(dir().resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
