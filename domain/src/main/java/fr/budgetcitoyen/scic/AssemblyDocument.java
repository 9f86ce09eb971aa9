package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.project.AttachmentType;
import fr.budgetcitoyen.project.StoredFile;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Stamp;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Minutes or another document of a general assembly: a PDF (read from its content), stored like the
 * project files' attachments, outside the web root under a random name.
 */
@Entity
@Table(name = "scic_assembly_document")
public class AssemblyDocument extends IdentifiedEntity {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Column(name = "assembly_id", nullable = false)
    private Long assemblyId;

    @Embedded
    private StoredFile file;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "uploaded_by", length = 254, nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "uploaded_at", nullable = false))
    private Stamp uploaded;

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
        document.file = StoredFile.of(fileName, AttachmentType.PDF, content);
        document.uploaded = new Stamp(uploadedBy, now);
        return document;
    }

    public long assemblyId() { return assemblyId; }

    public StoredFile file() { return file; }

    public Stamp uploaded() { return uploaded; }
}
