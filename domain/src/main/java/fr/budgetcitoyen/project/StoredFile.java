package fr.budgetcitoyen.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.UUID;

/**
 * An uploaded file as the database knows it: the name shown, its type read from the content, its size and
 * fingerprint. The bytes live outside the database and the web root, under the random storage key.
 */
@Embeddable
public record StoredFile(
        @Column(name = "file_name", nullable = false, length = NAME_MAX)
        String fileName,

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 10)
        AttachmentType type,

        @Column(name = "size_bytes", nullable = false)
        long sizeBytes,

        @Column(name = "storage_key", nullable = false, unique = true, length = 36)
        String storageKey,

        @Column(nullable = false, length = 64)
        String sha256) {

    public static final int NAME_MAX = 120;

    /** The content, already checked, under a safe display name and a new storage key. */
    public static StoredFile of(String givenName, AttachmentType type, byte[] content) {
        return new StoredFile(Uploads.displayName(givenName, type, NAME_MAX), type, content.length,
                UUID.randomUUID().toString(), Uploads.sha256(content));
    }
}
