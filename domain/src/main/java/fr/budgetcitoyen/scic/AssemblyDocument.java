package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.project.AttachmentType;
import fr.budgetcitoyen.project.Uploads;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * Minutes or another document of a general assembly: a PDF (read from its content), stored like the
 * project files' attachments, outside the web root under a random name.
 */
@Entity
@Table(name = "scic_assembly_document")
public class AssemblyDocument extends IdentifiedEntity {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int NAME_MAX = 120;

    @Column(name = "assembly_id", nullable = false)
    private Long assemblyId;

    @Column(name = "file_name", nullable = false, length = NAME_MAX)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "storage_key", nullable = false, unique = true, length = 36)
    private String storageKey;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttachmentType type;

    protected AssemblyDocument() {
        // for JPA
    }

    /** A PDF of at most 10 MiB, whatever name or type the browser claims. */
    public static AssemblyDocument accept(GeneralAssembly assembly, String fileName, byte[] content, String uploadedBy, Instant now) {
        boolean present = content != null && content.length > 0;
        new InvalidFieldsException.Check()
                .require(present, "upload", "scic.document.required")
                .require(!present || content.length <= MAX_BYTES, "upload", "scic.document.tooLarge")
                .require(!present || AttachmentType.detect(content).filter(t -> t == AttachmentType.PDF).isPresent(),
                        "upload", "scic.document.type")
                .orThrow();
        AssemblyDocument document = new AssemblyDocument();
        document.assemblyId = assembly.id();
        document.type = AttachmentType.PDF;
        document.fileName = Uploads.displayName(fileName, AttachmentType.PDF, NAME_MAX);
        document.sizeBytes = content.length;
        document.storageKey = UUID.randomUUID().toString();
        document.sha256 = Uploads.sha256(content);
        document.uploadedBy = uploadedBy;
        document.uploadedAt = now;
        return document;
    }

    public long assemblyId() {
        return assemblyId;
    }

    public String fileName() {
        return fileName;
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

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public AttachmentType type() {
        return type;
    }
}
