package fr.budgetcitoyen.web.comptoir;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.comptoir.ComptoirReminders;
import fr.budgetcitoyen.comptoir.ComptoirService;
import fr.budgetcitoyen.comptoir.ComptoirSession;
import fr.budgetcitoyen.comptoir.SessionPlan;
import fr.budgetcitoyen.comptoir.Workshop;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import fr.budgetcitoyen.web.security.CurrentUser;
import fr.budgetcitoyen.web.territory.CommuneChoice;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * {@code /host}: the sessions a comptoir host holds (agents: every session of the edition), each with
 * its attendance sheet; agents also plan new sessions here and can send tomorrow's reminders at once.
 */
@Named
@ViewScoped
public class HostBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private ComptoirService comptoirs;
    @EJB private ComptoirReminders reminders;

    @Inject private TerritoryService territories;
    @Inject private CurrentUser user;

    private LocalDate day;
    private LocalTime startTime;
    private LocalTime endTime;
    private String venue;
    private String address;
    private String hostStructure;
    private Workshop workshop;
    private String facilitator;
    private Integer capacity;
    private String hostEmail;
    private final CommuneChoice commune = new CommuneChoice();
    private transient List<ComptoirSession> sessions;

    public Campaign getCampaign() {
        return comptoirs.edition().orElse(null);
    }

    public List<ComptoirSession> getSessions() {
        if (sessions == null) {
            sessions = getCampaign() == null ? List.of() : comptoirs.hosted(getCampaign().id());
        }
        return sessions;
    }

    public void findCommunes() {
        commune.find(territories);
    }

    public void plan() {
        // a date-time is typed as a day and two times: its problems belong next to the day
        Refusals.attempt(() -> {
            SessionPlan plan = new SessionPlan(day == null || startTime == null ? null : day.atTime(startTime),
                    day == null || endTime == null ? null : day.atTime(endTime), venue, address, commune.getInseeCode(),
                    hostStructure, workshop, facilitator, capacity);
            ComptoirSession planned = comptoirs.plan(getCampaign().id(), plan, hostEmail);
            sessions = null;
            Messages.addFlashGlobalInfo(Texts.format("comptoir.planned", planned.venue()));
            Faces.redirect("host");
        }, field -> "plan:" + ("startsAt".equals(field) ? "day" : "endsAt".equals(field) ? "endTime" : field));
    }

    public void sendReminders() {
        Messages.addGlobalInfo(Texts.format("comptoir.remindersSent", reminders.sendNow()));
    }

    public boolean isStaff() {
        return user.isStaff();
    }

    public Workshop[] getWorkshops() {
        return Workshop.values();
    }

    public CommuneChoice getCommune() { return commune; }

    public LocalDate getDay() { return day; }

    public void setDay(LocalDate day) { this.day = day; }

    public LocalTime getStartTime() { return startTime; }

    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }

    public LocalTime getEndTime() { return endTime; }

    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }

    public String getVenue() { return venue; }

    public void setVenue(String venue) { this.venue = venue; }

    public String getAddress() { return address; }

    public void setAddress(String address) { this.address = address; }

    public String getHostStructure() { return hostStructure; }

    public void setHostStructure(String hostStructure) { this.hostStructure = hostStructure; }

    public Workshop getWorkshop() { return workshop; }

    public void setWorkshop(Workshop workshop) { this.workshop = workshop; }

    public String getFacilitator() { return facilitator; }

    public void setFacilitator(String facilitator) { this.facilitator = facilitator; }

    public Integer getCapacity() { return capacity; }

    public void setCapacity(Integer capacity) { this.capacity = capacity; }

    public String getHostEmail() { return hostEmail; }

    public void setHostEmail(String hostEmail) { this.hostEmail = hostEmail; }
}
