package fr.budgetcitoyen.web.idea;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.idea.Idea;
import fr.budgetcitoyen.idea.IdeaService;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.Territory;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.territory.TerritorySummary;
import fr.budgetcitoyen.web.format.ListSearch;
import fr.budgetcitoyen.web.format.QueryParams;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.util.List;

/**
 * The public gallery of published ideas, {@code /ideas?q=…&territory=…&theme=…&page=2}: a GET form, so
 * every search is a link one can share; unknown filter values are ignored rather than failing.
 */
@Named
@RequestScoped
public class IdeaGalleryBacking {

    static final int PAGE_SIZE = 12;

    @EJB
    private IdeaService ideas;

    @Inject
    private TerritoryService territories;

    @Inject
    @Param(name = "q")
    private String q;

    @Inject
    @Param(name = "territory")
    private String territory;

    @Inject
    @Param(name = "theme")
    private String theme;

    @Inject
    @Param(name = "page")
    private String page;

    private Campaign campaign;
    private List<Idea> results = List.of();
    private ListSearch paging;

    @PostConstruct
    void search() {
        paging = new ListSearch(PAGE_SIZE, page).with("q", q).with("territory", territory).with("theme", theme);
        campaign = ideas.galleryEdition().orElse(null);
        if (campaign == null) {
            return;
        }
        paging.counted(ideas.galleryCount(campaign.id(), q, territory, themeFilter()));
        results = ideas.gallery(campaign.id(), q, territory, themeFilter(), paging.getFirst(), paging.getSize());
    }

    private Theme themeFilter() {
        return QueryParams.enumOrNull(Theme.class, theme);
    }

    public ListSearch getPaging() {
        return paging;
    }

    public List<Territory> getTerritories() {
        return territories.territories().stream().map(TerritorySummary::territory).toList();
    }

    public String territoryName(String code) {
        return territories.nameOf(code);
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public List<Idea> getResults() {
        return results;
    }

    public String getQ() {
        return q;
    }

    public String getTerritory() {
        return territory;
    }

    public String getTheme() {
        return theme;
    }
}
