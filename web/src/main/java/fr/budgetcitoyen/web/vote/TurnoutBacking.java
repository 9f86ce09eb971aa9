package fr.budgetcitoyen.web.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.vote.Turnout;
import fr.budgetcitoyen.vote.TurnoutService;
import fr.budgetcitoyen.vote.TurnoutSettings;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;

/**
 * {@code /admin/turnout}: the turnout of the edition voting today (else the current one) for agents,
 * with bars drawn by the page; an administrator chooses what agents see.
 */
@Named
@ViewScoped
public class TurnoutBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private TurnoutService turnouts;
    @Inject private CampaignService campaigns;

    private boolean byDay;
    private boolean byTerritory;
    private boolean byAgeBand;
    private String minimumGroup;
    private transient Reading reading;

    @PostConstruct
    void load() {
        TurnoutSettings settings = turnouts.settings();
        byDay = settings.byDay();
        byTerritory = settings.byTerritory();
        byAgeBand = settings.byAgeBand();
        minimumGroup = String.valueOf(settings.minimumGroup());
    }

    public Campaign getCampaign() {
        return read().campaign();
    }

    public Turnout getTurnout() {
        return read().turnout();
    }

    public int getMinimum() {
        return read().minimum();
    }

    /**
     * What the page shows, read once per request: its {@code ui:param} re-evaluates the turnout at each use, and the
     * turnout counts every participation; the next request (a refresh, the settings saved) reads it afresh.
     */
    private Reading read() {
        Object request = Faces.getRequest();
        if (reading == null || reading.request() != request) {
            Campaign campaign = campaigns.openFor(PhaseType.VOTE).or(() -> campaigns.currentEdition().map(o -> o.campaign()))
                    .orElse(null);
            reading = new Reading(request, campaign, campaign == null ? null : turnouts.turnout(campaign.id()),
                    turnouts.settings().minimumGroup());
        }
        return reading;
    }

    private record Reading(Object request, Campaign campaign, Turnout turnout, int minimum) {
    }

    public void configure() {
        Integer k = Inputs.integer(minimumGroup, "settings:minimumGroup", "turnout.minimumGroup.range");
        if (Faces.isValidationFailed()) {
            return;
        }
        Refusals.attempt(() -> {
            turnouts.configure(new TurnoutSettings(byDay, byTerritory, byAgeBand, k == null ? 0 : k));
            reading = null; // shown again with the groups just chosen
            Messages.addGlobalInfo(Texts.get("turnout.settingsSaved"));
        }, "settings");
    }

    public boolean isByDay() { return byDay; }

    public void setByDay(boolean byDay) { this.byDay = byDay; }

    public boolean isByTerritory() { return byTerritory; }

    public void setByTerritory(boolean byTerritory) { this.byTerritory = byTerritory; }

    public boolean isByAgeBand() { return byAgeBand; }

    public void setByAgeBand(boolean byAgeBand) { this.byAgeBand = byAgeBand; }

    public String getMinimumGroup() { return minimumGroup; }

    public void setMinimumGroup(String minimumGroup) { this.minimumGroup = minimumGroup; }
}
