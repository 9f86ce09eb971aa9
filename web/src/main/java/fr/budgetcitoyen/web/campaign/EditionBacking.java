package fr.budgetcitoyen.web.campaign;

import fr.budgetcitoyen.campaign.CampaignOverview;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.vote.Turnout;
import fr.budgetcitoyen.vote.TurnoutService;
import fr.budgetcitoyen.web.format.QueryParams;
import fr.budgetcitoyen.web.platform.PageIds;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.util.List;
import java.util.Optional;

/** The page of one edition, {@code /edition?year=2018}; an unknown or malformed year is a 404. */
@Named
@RequestScoped
public class EditionBacking {

    @Inject private CampaignService campaigns;
    @EJB private TurnoutService turnouts;

    @Inject @Param(name = "year") private String year;

    private CampaignOverview edition;
    private List<Project> projects;
    private Turnout demoTurnout;

    @PostConstruct
    void load() {
        edition = Optional.ofNullable(QueryParams.year(year)).flatMap(campaigns::edition).orElse(null);
        if (edition == null) {
            notFound();
            return;
        }
        // The public sees the ballot only: never drafts nor files under review.
        projects = campaigns.projectsOf(edition.campaign()).stream().filter(Project::isOnBallot).toList();
        if (edition.campaign().hasDemoBallots()) {
            demoTurnout = turnouts.publishedTurnout(edition.campaign().year()).orElse(null);
        }
    }

    private static void notFound() {
        PageIds.notFound("Édition inconnue");
    }

    public CampaignOverview getEdition() { return edition; }

    public List<Project> getProjects() { return projects; }

    /**
     * The turnout of the ballots the demo data made up for this edition (none otherwise), so the page can say
     * what they are next to the voter count the département declared.
     */
    public Turnout getDemoTurnout() { return demoTurnout; }
}
