package fr.budgetcitoyen.web.campaign;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignOverview;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.Territory;
import fr.budgetcitoyen.web.format.QueryParams;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The projects on the ballot of an edition, {@code /projects?year=2026&category=…&territory=…&theme=…&q=…}:
 * a GET form, so every selection is a link. A ballot holds a few dozen projects: filtered in memory.
 */
@Named
@RequestScoped
public class BallotListBacking {

    @Inject private CampaignService campaigns;

    private Campaign campaign;
    private List<Project> ballot = List.of();

    /** The selection as typed: year, category, territory, theme, q (a blank one null). */
    private Map<String, String> asked = Map.of();

    @PostConstruct
    void load() {
        asked = QueryParams.fromRequest("year", "category", "territory", "theme", "q");
        Integer year = QueryParams.year(asked.get("year"));
        Optional<CampaignOverview> edition = year != null ? campaigns.edition(year) : campaigns.currentEdition();
        campaign = edition.map(CampaignOverview::campaign).orElse(null);
        if (campaign != null) {
            ballot = campaigns.projectsOf(campaign).stream().filter(Project::isOnBallot).toList();
        }
    }

    public List<Project> getProjects() {
        String q = asked.get("q");
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        String category = asked.get("category");
        String territory = asked.get("territory");
        String theme = asked.get("theme");
        return ballot.stream()
                .filter(p -> category == null || p.category().code().equals(category))
                .filter(p -> territory == null || p.territory().code().equals(territory))
                .filter(p -> theme == null || p.theme().map(t -> t.name().equals(theme)).orElse(false))
                .filter(p -> text.isEmpty() || (p.title() + " " + p.summary() + " " + p.carrier().name())
                        .toLowerCase(Locale.ROOT).contains(text))
                .sorted(Comparator.comparing((Project p) -> p.category().displayOrder()).thenComparing(Project::title))
                .toList();
    }

    public List<Territory> getTerritories() {
        return ballot.stream().map(Project::territory).distinct().sorted(Comparator.comparing(Territory::name)).toList();
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public Campaign getCampaign() { return campaign; }
}
