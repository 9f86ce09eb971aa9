package fr.budgetcitoyen.web.idea;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.idea.HelpNeeded;
import fr.budgetcitoyen.idea.IdeaDraft;
import fr.budgetcitoyen.idea.IdeaService;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import fr.budgetcitoyen.web.territory.CommuneChoice;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.Set;

/** Depositing an idea: open only while the ideas step is, by the server's calendar. */
@Named
@ViewScoped
public class NewIdeaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private IdeaService ideas;
    @Inject private TerritoryService territories;

    private String title;
    private String description;
    private Theme theme;
    private HelpNeeded[] helpNeeded = {};
    private final CommuneChoice commune = new CommuneChoice();

    public void findCommunes() {
        commune.find(territories);
    }

    public void deposit() {
        Refusals.attempt(() -> {
            ideas.deposit(new IdeaDraft(title, description, commune.getInseeCode(), theme,
                    Set.of(helpNeeded)));
            Messages.addFlashGlobalInfo(Texts.get("idea.deposited"));
            Faces.redirect("my-ideas");
        }, "idea");
    }

    /** The edition collecting ideas, or null: the page then says the step is closed. */
    public Campaign getCampaign() {
        return ideas.collectingIdeas().orElse(null);
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public HelpNeeded[] getHelps() {
        return HelpNeeded.values();
    }

    public CommuneChoice getCommune() { return commune; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public String getDescription() { return description; }

    public void setDescription(String description) { this.description = description; }

    public Theme getTheme() { return theme; }

    public void setTheme(Theme theme) { this.theme = theme; }

    /** An array, not a list: Faces converts the checked values to the array's enum type. */
    public HelpNeeded[] getHelpNeeded() { return helpNeeded; }

    public void setHelpNeeded(HelpNeeded[] helpNeeded) {
        this.helpNeeded = helpNeeded == null ? new HelpNeeded[0] : helpNeeded;
    }
}
