package fr.budgetcitoyen.project;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A document or photo attached to a project file. Its bytes live outside the database and the web root,
 * under a random name; the name the carrier gave is kept only to be shown and offered on download.
 */
@Entity
@Table(name = "project_attachment")
public class Attachment extends IdentifiedEntity {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_FILE = 10;
    static final int NAME_MAX = 120;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "file_name", nullable = false, length = NAME_MAX)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttachmentType type;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "storage_key", nullable = false, unique = true, length = 36)
    private String storageKey;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
        // for JPA
    }

    /**
     * Accepts an upload to a file its carrier may still edit: a PDF, PNG or JPEG (by content), not empty,
     * at most 5 MiB, and at most 10 per file.
     */
    public static Attachment accept(Project file, String fileName, byte[] content, int alreadyAttached,
                                    LocalDate today, Instant now) {
        file.requireEditable(today);
        boolean present = content != null && content.length > 0;
        new InvalidFieldsException.Check()
                .require(present, "upload", "attachment.required")
                .require(!present || content.length <= MAX_BYTES, "upload", "attachment.tooLarge")
                .require(!present || AttachmentType.detect(content).isPresent(), "upload", "attachment.type")
                .require(alreadyAttached < MAX_PER_FILE, "upload", "attachment.tooMany")
                .orThrow();
        Attachment attachment = new Attachment();
        attachment.projectId = file.id();
        attachment.fileName = displayName(fileName, AttachmentType.detect(content).orElseThrow());
        attachment.type = AttachmentType.detect(content).orElseThrow();
        attachment.sizeBytes = content.length;
        attachment.storageKey = UUID.randomUUID().toString();
        attachment.sha256 = Uploads.sha256(content);
        attachment.uploadedAt = now;
        return attachment;
    }

    static String displayName(String given, AttachmentType type) {
        return Uploads.displayName(given, type, NAME_MAX);
    }

    public static List<String> allowedContentTypes() {
        return List.of(AttachmentType.values()).stream().map(AttachmentType::contentType).toList();
    }

    public Long projectId() {
        return projectId;
    }

    public String fileName() {
        return fileName;
    }

    public AttachmentType type() {
        return type;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String storageKey() {
        return storageKey;
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
