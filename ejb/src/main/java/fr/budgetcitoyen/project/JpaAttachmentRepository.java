package fr.budgetcitoyen.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Attachment> of(long projectId) {
        return em.createQuery("select a from Attachment a where a.projectId = :project order by a.uploadedAt, a.id", Attachment.class)
                .setParameter("project", projectId).getResultList();
    }

    @Override
    public Optional<Attachment> find(long id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
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
