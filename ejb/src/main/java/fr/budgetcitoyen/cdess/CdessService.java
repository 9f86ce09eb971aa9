package fr.budgetcitoyen.cdess;

import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The CDESS, public to all; its composition, ateliers and meetings are kept by the Mission ESS. */
@Stateless
public class CdessService {

    @Resource private SessionContext context;
    @Inject private CdessRepository cdess;
    @EJB private AuditLog audit;
    @Inject private Clock clock;

    @PermitAll
    public List<CdessMember> members() {
        return cdess.members();
    }

    @PermitAll
    public List<CdessAtelier> ateliers() {
        return cdess.ateliers();
    }

    @PermitAll
    public List<CdessMeeting> meetings() {
        return cdess.meetings();
    }

    @PermitAll
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public CdessMember appoint(String name, String organisation, CdessCollege college) {
        CdessMember member = CdessMember.appoint(name, organisation, college);
        cdess.store(member);
        audit.record(caller(), "cdess.member", "cdess", null, member.name() + " (" + college + ")");
        return member;
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public CdessAtelier open(String theme, String description) {
        CdessAtelier atelier = CdessAtelier.open(theme, description);
        cdess.store(atelier);
        audit.record(caller(), "cdess.atelier", "cdess", null, atelier.theme());
        return atelier;
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public CdessMeeting convene(LocalDate heldOn, Long atelierId, String agenda) {
        if (atelierId != null && cdess.ateliers().stream().noneMatch(a -> a.id().equals(atelierId))) {
            throw new InvalidFieldsException(List.of(new InvalidFieldsException.Problem("atelier", "cdess.meeting.atelier.unknown")));
        }
        CdessMeeting meeting = CdessMeeting.convene(heldOn, atelierId, agenda);
        cdess.store(meeting);
        audit.record(caller(), "cdess.meeting", "cdess", null, String.valueOf(heldOn));
        return meeting;
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public void recordMinutes(long meetingId, String minutes) {
        CdessMeeting meeting = cdess.meeting(meetingId).orElseThrow();
        meeting.recordMinutes(minutes, LocalDate.now(clock));
        audit.record(caller(), "cdess.minutes", "cdess:" + meetingId, null, null);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
