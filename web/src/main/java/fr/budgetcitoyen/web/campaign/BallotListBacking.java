package fr.budgetcitoyen.web.campaign;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignOverview;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.Territory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The projects on the ballot of an edition, {@code /projects?year=2026&category=…&territory=…&theme=…&q=…}:
 * a GET form, so every selection is a link. A ballot holds a few dozen projects: filtered in memory.
 */
@Named
@RequestScoped
public class BallotListBacking {

    @Inject
    private CampaignService campaigns;

    @Inject
    @Param(name = "year")
    private String year;

    @Inject
    @Param(name = "category")
    private String category;

    @Inject
    @Param(name = "territory")
    private String territory;

    @Inject
    @Param(name = "theme")
    private String theme;

    @Inject
    @Param(name = "q")
    private String q;

    private Campaign campaign;
    private List<Project> ballot = List.of();

    @PostConstruct
    void load() {
        Optional<CampaignOverview> edition = year != null && year.matches("\\d{4}")
                ? campaigns.edition(Integer.parseInt(year)) : campaigns.currentEdition();
        campaign = edition.map(CampaignOverview::campaign).orElse(null);
        if (campaign != null) {
            ballot = campaigns.projectsOf(campaign).stream().filter(Project::isOnBallot).toList();
        }
    }

    public List<Project> getProjects() {
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        return ballot.stream()
                .filter(p -> blank(category) || p.category().code().equals(category))
                .filter(p -> blank(territory) || p.territory().code().equals(territory))
                .filter(p -> blank(theme) || p.theme().map(t -> t.name().equals(theme)).orElse(false))
                .filter(p -> text.isEmpty() || (p.title() + " " + p.summary() + " " + p.carrierName())
                        .toLowerCase(Locale.ROOT).contains(text))
                .sorted(Comparator.comparing((Project p) -> p.category().displayOrder()).thenComparing(Project::title))
                .toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public List<Territory> getTerritories() {
        return ballot.stream().map(Project::territory).distinct().sorted(Comparator.comparing(Territory::name)).toList();
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public String getCategory() {
        return category;
    }

    public String getTerritory() {
        return territory;
    }

    public String getTheme() {
        return theme;
    }

    public String getQ() {
        return q;
    }
}
