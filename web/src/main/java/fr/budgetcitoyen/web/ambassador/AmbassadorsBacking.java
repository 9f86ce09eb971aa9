package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.Territory;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.territory.TerritorySummary;
import fr.budgetcitoyen.web.format.ListSearch;
import fr.budgetcitoyen.web.format.QueryParams;
import fr.budgetcitoyen.web.territory.TerritoryMap;
import fr.budgetcitoyen.web.territory.TerritoryTile;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.util.List;

/**
 * The public directory of the "Ambassadeurs ESS du Pas-de-Calais",
 * {@code /ambassadors?q=…&territory=…&theme=…&form=…&year=…&page=2}: a GET form, so every search is a link;
 * unknown filter values are ignored rather than failing.
 */
@Named
@RequestScoped
public class AmbassadorsBacking {

    static final int PAGE_SIZE = 12;

    @EJB
    private AmbassadorService ambassadors;

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
    @Param(name = "form")
    private String form;

    @Inject
    @Param(name = "year")
    private String year;

    @Inject
    @Param(name = "page")
    private String page;

    private List<Ambassador> results = List.of();
    private ListSearch paging;

    @PostConstruct
    void search() {
        paging = new ListSearch(PAGE_SIZE, page).with("q", q).with("territory", territory).with("theme", theme)
                .with("form", form).with("year", year)
                .counted(ambassadors.directoryCount(q, territory, themeFilter(), formFilter(), yearFilter()));
        results = ambassadors.directory(q, territory, themeFilter(), formFilter(), yearFilter(), paging.getFirst(), paging.getSize());
    }

    private Theme themeFilter() {
        return QueryParams.enumOrNull(Theme.class, theme);
    }

    private LegalForm formFilter() {
        return QueryParams.enumOrNull(LegalForm.class, form);
    }

    private Integer yearFilter() {
        return year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
    }

    public ListSearch getPaging() {
        return paging;
    }

    public List<TerritoryTile> getTiles() {
        return TerritoryMap.tiles(getTerritories(), ambassadors.countByTerritory());
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

    public LegalForm[] getForms() {
        return LegalForm.values();
    }

    public List<Ambassador> getResults() {
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

    public String getForm() {
        return form;
    }

    public String getYear() {
        return year;
    }
}
