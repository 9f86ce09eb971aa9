package fr.budgetcitoyen.cdess;

import fr.budgetcitoyen.platform.JpaStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCdessRepository extends JpaStore implements CdessRepository {

    @Override
    public List<CdessMember> members() {
        return list(CdessMember.class, "select m from CdessMember m order by m.college, lower(m.name)");
    }

    @Override
    public void store(CdessMember member) {
        em.persist(member);
    }

    @Override
    public List<CdessAtelier> ateliers() {
        return list(CdessAtelier.class, "select a from CdessAtelier a order by lower(a.theme)");
    }

    @Override
    public void store(CdessAtelier atelier) {
        em.persist(atelier);
    }

    @Override
    public List<CdessMeeting> meetings() {
        return list(CdessMeeting.class, "select m from CdessMeeting m order by m.heldOn desc, m.id desc");
    }

    @Override
    public Optional<CdessMeeting> meeting(long id) {
        return byId(CdessMeeting.class, id);
    }

    @Override
    public void store(CdessMeeting meeting) {
        em.persist(meeting);
    }
}
