package fr.budgetcitoyen.cdess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCdessRepository implements CdessRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<CdessMember> members() {
        return em.createQuery("select m from CdessMember m order by m.college, lower(m.name)", CdessMember.class).getResultList();
    }

    @Override
    public void store(CdessMember member) {
        em.persist(member);
    }

    @Override
    public List<CdessAtelier> ateliers() {
        return em.createQuery("select a from CdessAtelier a order by lower(a.theme)", CdessAtelier.class).getResultList();
    }

    @Override
    public void store(CdessAtelier atelier) {
        em.persist(atelier);
    }

    @Override
    public List<CdessMeeting> meetings() {
        return em.createQuery("select m from CdessMeeting m order by m.heldOn desc, m.id desc", CdessMeeting.class).getResultList();
    }

    @Override
    public Optional<CdessMeeting> meeting(long id) {
        return Optional.ofNullable(em.find(CdessMeeting.class, id));
    }

    @Override
    public void store(CdessMeeting meeting) {
        em.persist(meeting);
    }
}
