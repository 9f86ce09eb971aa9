package fr.budgetcitoyen.ambassador;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import fr.budgetcitoyen.project.AttachmentType;
import fr.budgetcitoyen.shared.InvalidFieldsException;

import java.util.UUID;

/** An initiative's logo or photo: a PNG or JPEG (read from the content) of at most 1 MiB, stored under a random key. */
@Embeddable
public record AmbassadorLogo(
        @Column(length = 36)
        String storageKey,

        @Enumerated(EnumType.STRING)
        @Column(length = 10)
        AttachmentType type) {

    public static final int MAX_BYTES = 1024 * 1024;

    public static AmbassadorLogo accept(byte[] content) {
        boolean present = content != null && content.length > 0;
        AttachmentType type = present ? AttachmentType.detect(content).filter(t -> t != AttachmentType.PDF).orElse(null) : null;
        new InvalidFieldsException.Check()
                .require(present, "logo", "ambassador.logo.required")
                .require(!present || content.length <= MAX_BYTES, "logo", "ambassador.logo.tooLarge")
                .require(!present || type != null, "logo", "ambassador.logo.type")
                .orThrow();
        return new AmbassadorLogo(UUID.randomUUID().toString(), type);
    }
}
