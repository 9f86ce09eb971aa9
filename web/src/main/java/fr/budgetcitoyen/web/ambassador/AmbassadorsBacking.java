package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.web.format.ListSearch;
import fr.budgetcitoyen.web.format.QueryParams;
import fr.budgetcitoyen.web.territory.TerritoryMap;
import fr.budgetcitoyen.web.territory.TerritoryNames;
import fr.budgetcitoyen.web.territory.TerritoryTile;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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

    @EJB private AmbassadorService ambassadors;
    @Inject private TerritoryNames territories;

    private List<Ambassador> results = List.of();
    private ListSearch paging;

    @PostConstruct
    void search() {
        paging = ListSearch.fromRequest(PAGE_SIZE, "q", "territory", "theme", "form", "year");
        String q = paging.term("q");
        String territory = paging.term("territory");
        Theme theme = QueryParams.enumOrNull(Theme.class, paging.term("theme"));
        LegalForm form = QueryParams.enumOrNull(LegalForm.class, paging.term("form"));
        Integer year = QueryParams.year(paging.term("year"));
        paging.counted(ambassadors.directoryCount(q, territory, theme, form, year));
        results = ambassadors.directory(q, territory, theme, form, year, paging.getFirst(), paging.getSize());
    }

    public ListSearch getPaging() { return paging; }

    public List<TerritoryTile> getTiles() {
        return TerritoryMap.tiles(territories.getAll(), ambassadors.countByTerritory());
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public LegalForm[] getForms() {
        return LegalForm.values();
    }

    public List<Ambassador> getResults() { return results; }
}
