package fr.budgetcitoyen.web.cdess;

import fr.budgetcitoyen.cdess.CdessCollege;
import fr.budgetcitoyen.cdess.CdessMeeting;
import fr.budgetcitoyen.cdess.CdessService;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** {@code /admin/cdess}: the Mission ESS appoints members, opens ateliers, convenes meetings, records minutes. */
@Named
@ViewScoped
public class CdessAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private CdessService cdess;

    private String name;
    private String organisation;
    private CdessCollege college;
    private String theme;
    private String description;
    private String heldOn;
    private Long atelierId;
    private String agenda;
    private final Map<Long, String> minutes = new HashMap<>();

    /** The minutes already recorded are shown to be completed, not retyped. */
    @PostConstruct
    void load() {
        cdess.meetings().stream().filter(m -> m.minutes() != null).forEach(m -> minutes.put(m.id(), m.minutes()));
    }

    public void appoint() {
        Refusals.attempt(() -> {
            cdess.appoint(name, organisation, college);
            Messages.addGlobalInfo(Texts.get("cdess.member.appointed"));
            name = null;
            organisation = null;
            college = null;
        }, "member");
    }

    public void open() {
        Refusals.attempt(() -> {
            cdess.open(theme, description);
            Messages.addGlobalInfo(Texts.get("cdess.atelier.opened"));
            theme = null;
            description = null;
        }, "atelier");
    }

    public void convene() {
        LocalDate day = Inputs.date(heldOn, "meeting:heldOn", "cdess.meeting.heldOn.invalid");
        if (Faces.isValidationFailed()) {
            return;
        }
        Refusals.attempt(() -> {
            cdess.convene(day, atelierId, agenda);
            Messages.addGlobalInfo(Texts.get("cdess.meeting.convened"));
            heldOn = null;
            atelierId = null;
            agenda = null;
        }, "meeting");
    }

    public void record(CdessMeeting meeting) {
        Refusals.attempt(() -> {
            cdess.recordMinutes(meeting.id(), minutes.get(meeting.id()));
            Messages.addGlobalInfo(Texts.get("cdess.meeting.minutes.recorded"));
        }, Refusals.GLOBAL);
    }

    public CdessCollege[] getColleges() {
        return CdessCollege.values();
    }

    public Map<Long, String> getMinutes() { return minutes; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public String getOrganisation() { return organisation; }

    public void setOrganisation(String organisation) { this.organisation = organisation; }

    public CdessCollege getCollege() { return college; }

    public void setCollege(CdessCollege college) { this.college = college; }

    public String getTheme() { return theme; }

    public void setTheme(String theme) { this.theme = theme; }

    public String getDescription() { return description; }

    public void setDescription(String description) { this.description = description; }

    public String getHeldOn() { return heldOn; }

    public void setHeldOn(String heldOn) { this.heldOn = heldOn; }

    public Long getAtelierId() { return atelierId; }

    public void setAtelierId(Long atelierId) { this.atelierId = atelierId; }

    public String getAgenda() { return agenda; }

    public void setAgenda(String agenda) { this.agenda = agenda; }
}
