package fr.budgetcitoyen.web.followup;

import fr.budgetcitoyen.followup.FollowUpService;
import fr.budgetcitoyen.followup.FollowUpService.GrantLine;
import fr.budgetcitoyen.followup.StatusReport;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.PageSubject;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * {@code /my-report?project=N}: the carrier of a funded project says once a year what it has become.
 * Someone else's project answers 404.
 */
@Named
@ViewScoped
public class MyReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private FollowUpService followUp;
    @Inject @Param(name = "project") private String project;

    private final PageSubject<GrantLine> line = new PageSubject<>();
    private boolean active = true;
    private final Workforce workforce = new Workforce();
    private String achievements;

    @PostConstruct
    void load() {
        GrantLine found = line.load(project, followUp::mine, "Projet inconnu");
        if (found == null) {
            return;
        }
        found.latest().ifPresent(r -> {
            active = r.active();
            workforce.setVolunteers(String.valueOf(r.volunteers()));
            workforce.setEmployees(String.valueOf(r.employees()));
            achievements = r.achievements();
        });
    }

    public GrantLine getLine() {
        return line.read(followUp::mine);
    }

    public List<StatusReport> getReports() {
        return followUp.myReports(line.id());
    }

    public void report() {
        Integer volunteerCount = Inputs.integer(workforce.getVolunteers(), "report:volunteers", "followup.volunteers.invalid");
        Integer employeeCount = Inputs.integer(workforce.getEmployees(), "report:employees", "followup.employees.invalid");
        if (Faces.isValidationFailed()) {
            return;
        }
        Refusals.attempt(() -> {
            StatusReport filed = followUp.report(line.id(), new StatusReport.Status(active, volunteerCount, employeeCount, achievements));
            Messages.addGlobalInfo(Texts.format("followup.reported", String.valueOf(filed.year())));
        }, "report");
    }

    public boolean isActive() { return active; }

    public void setActive(boolean active) { this.active = active; }

    public Workforce getWorkforce() { return workforce; }

    public String getAchievements() { return achievements; }

    public void setAchievements(String achievements) { this.achievements = achievements; }
}
