package fr.budgetcitoyen.project;

import fr.budgetcitoyen.platform.JpaStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAttachmentRepository extends JpaStore implements AttachmentRepository {

    @Override
    public List<Attachment> of(long projectId) {
        return list(Attachment.class, "select a from Attachment a where a.projectId = :project order by a.uploadedAt, a.id",
                "project", projectId);
    }

    @Override
    public Optional<Attachment> find(long id) {
        return byId(Attachment.class, id);
    }

    @Override
    public void store(Attachment attachment) {
        em.persist(attachment);
    }

    @Override
    public void remove(Attachment attachment) {
        em.remove(attachment);
    }
}
