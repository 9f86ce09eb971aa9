package fr.budgetcitoyen.web.cdess;

import fr.budgetcitoyen.cdess.CdessAtelier;
import fr.budgetcitoyen.cdess.CdessCollege;
import fr.budgetcitoyen.cdess.CdessMeeting;
import fr.budgetcitoyen.cdess.CdessMember;
import fr.budgetcitoyen.cdess.CdessService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;

/** {@code /cdess}: the council's members by college, its ateliers, its meetings (agenda, then minutes). */
@Named
@RequestScoped
public class CdessBacking {

    @EJB private CdessService cdess;

    private List<CdessMember> members;
    private List<CdessMeeting> meetings;

    public CdessCollege[] getColleges() {
        return CdessCollege.values();
    }

    public List<CdessMember> membersOf(CdessCollege college) {
        if (members == null) {
            members = cdess.members();
        }
        return members.stream().filter(m -> m.college() == college).toList();
    }

    public List<CdessAtelier> getAteliers() {
        return cdess.ateliers();
    }

    public List<CdessMeeting> getUpcoming() {
        return meetings().stream().filter(m -> !m.isHeldBy(cdess.today()))
                .sorted(Comparator.comparing(CdessMeeting::heldOn)).toList();
    }

    public List<CdessMeeting> getPast() {
        return meetings().stream().filter(m -> m.isHeldBy(cdess.today())).toList();
    }

    /** "Plénière" or the atelier's theme. */
    public String atelierOf(CdessMeeting meeting) {
        return meeting.atelierId() == null ? null
                : getAteliers().stream().filter(a -> a.id().equals(meeting.atelierId())).map(CdessAtelier::theme).findFirst().orElse(null);
    }

    private List<CdessMeeting> meetings() {
        if (meetings == null) {
            meetings = cdess.meetings();
        }
        return meetings;
    }
}
