package fr.budgetcitoyen.project;

import java.util.List;
import java.util.Optional;

/** The attachments' records; their bytes are kept by the attachment store. */
public interface AttachmentRepository {

    List<Attachment> of(long projectId);

    Optional<Attachment> find(long id);

    void store(Attachment attachment);

    void remove(Attachment attachment);
}
