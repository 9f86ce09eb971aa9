package fr.budgetcitoyen.web.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.vote.Turnout;
import fr.budgetcitoyen.vote.TurnoutService;
import fr.budgetcitoyen.vote.TurnoutSettings;
import fr.budgetcitoyen.web.format.Formats;
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
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /admin/turnout}: the turnout of the edition voting today (else the current one) for agents,
 * with bars drawn by the page; an administrator chooses what agents see.
 */
@Named
@ViewScoped
public class TurnoutBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int BAR_WIDTH = 240;

    @EJB
    private TurnoutService turnouts;

    @Inject
    private CampaignService campaigns;

    @Inject
    private TerritoryService territories;

    @Inject
    private Formats format;

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

    /** A bar's width in the 240-unit drawing, proportional to the breakdown's largest count. */
    public int bar(Turnout.Line line, List<Turnout.Line> lines) {
        long max = Turnout.max(lines);
        return line.isHidden() || max == 0 ? 0 : (int) Math.max(1, line.voters() * BAR_WIDTH / max);
    }

    public String label(String breakdown, String key) {
        return switch (breakdown) {
            case "day" -> key.matches("\\d{4}-\\d{2}-\\d{2}") ? format.date(LocalDate.parse(key)) : key;
            case "territory" -> territories.nameOf(key);
            default -> Texts.get("ageBand." + key);
        };
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
