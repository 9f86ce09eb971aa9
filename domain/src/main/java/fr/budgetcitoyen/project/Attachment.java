package fr.budgetcitoyen.project;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document or photo attached to a project file. Its bytes live outside the database and the web root,
 * under a random name; the name the carrier gave is kept only to be shown and offered on download.
 */
@Entity
@Table(name = "project_attachment")
public class Attachment extends IdentifiedEntity {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_FILE = 10;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Embedded
    private StoredFile file;

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
        attachment.file = StoredFile.of(fileName, AttachmentType.detect(content).orElseThrow(), content);
        attachment.uploadedAt = now;
        return attachment;
    }

    public static List<String> allowedContentTypes() {
        return List.of(AttachmentType.values()).stream().map(AttachmentType::contentType).toList();
    }

    public Long projectId() { return projectId; }

    public StoredFile file() { return file; }

    public Instant uploadedAt() { return uploadedAt; }
}
