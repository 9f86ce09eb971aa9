package fr.budgetcitoyen.web.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.vote.Turnout;
import fr.budgetcitoyen.vote.TurnoutService;
import fr.budgetcitoyen.vote.TurnoutSettings;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
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

    @EJB
    private TurnoutService turnouts;

    @Inject
    private CampaignService campaigns;


    private boolean byDay;
    private boolean byTerritory;
    private boolean byAgeBand;
    private String minimumGroup;

    @PostConstruct
    void load() {
        TurnoutSettings settings = turnouts.settings();
        byDay = settings.byDay();
        byTerritory = settings.byTerritory();
        byAgeBand = settings.byAgeBand();
        minimumGroup = String.valueOf(settings.minimumGroup());
    }

    public Campaign getCampaign() {
        return campaigns.openFor(PhaseType.VOTE).or(() -> campaigns.currentEdition().map(o -> o.campaign())).orElse(null);
    }

    public Turnout getTurnout() {
        return getCampaign() == null ? null : turnouts.turnout(getCampaign().id());
    }

    public int getMinimum() {
        return turnouts.settings().minimumGroup();
    }

    public void configure() {
        Integer k = Inputs.integer(minimumGroup, "settings:minimumGroup", "turnout.minimumGroup.range");
        if (Faces.isValidationFailed()) {
            return;
        }
        try {
            turnouts.configure(new TurnoutSettings(byDay, byTerritory, byAgeBand, k == null ? 0 : k));
            Messages.addGlobalInfo(Texts.get("turnout.settingsSaved"));
        } catch (InvalidFieldsException invalid) {
            Texts.show(invalid, "settings");
        }
    }

    public boolean isByDay() {
        return byDay;
    }

    public void setByDay(boolean byDay) {
        this.byDay = byDay;
    }

    public boolean isByTerritory() {
        return byTerritory;
    }

    public void setByTerritory(boolean byTerritory) {
        this.byTerritory = byTerritory;
    }

    public boolean isByAgeBand() {
        return byAgeBand;
    }

    public void setByAgeBand(boolean byAgeBand) {
        this.byAgeBand = byAgeBand;
    }

    public String getMinimumGroup() {
        return minimumGroup;
    }

    public void setMinimumGroup(String minimumGroup) {
        this.minimumGroup = minimumGroup;
    }
}
