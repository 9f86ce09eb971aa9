package fr.budgetcitoyen.web.structure;

import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.structure.Fate;
import fr.budgetcitoyen.structure.StructureFilter;
import fr.budgetcitoyen.structure.StructureRecord;
import fr.budgetcitoyen.structure.StructureService;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public directory of the labelled structures, {@code /structures?q=…&territory=…&form=…&year=…&fate=…&page=2}:
 * a GET form, so every search is a link; unknown values are ignored rather than failing.
 */
@Named
@RequestScoped
public class StructuresBacking {

    static final int PAGE_SIZE = 12;

    @EJB private StructureService structures;
    @Inject private TerritoryService territoryService;

    private List<StructureRecord> all = List.of();
    private List<StructureRecord> results = List.of();
    private ListSearch paging;
    private List<Territory> territories = List.of();

    @PostConstruct
    void search() {
        all = structures.inventory();
        paging = ListSearch.fromRequest(PAGE_SIZE, "q", "territory", "form", "year", "fate");
        results = paging.slice(new StructureFilter(paging.term("q"), paging.term("territory"),
                QueryParams.enumOrNull(LegalForm.class, paging.term("form")), QueryParams.year(paging.term("year")),
                QueryParams.enumOrNull(Fate.class, paging.term("fate"))).apply(all));
        territories = territoryService.territories().stream().map(TerritorySummary::territory).toList();
    }

    public List<StructureRecord> getResults() { return results; }

    public ListSearch getPaging() { return paging; }

    /** The map counts every structure of each territory, whatever the other filters. */
    public List<TerritoryTile> getTiles() {
        Map<String, Long> counts = all.stream().filter(r -> r.structure().territoryCode() != null)
                .collect(Collectors.groupingBy(r -> r.structure().territoryCode(), Collectors.counting()));
        return TerritoryMap.tiles(territories, counts);
    }

    public List<Territory> getTerritories() { return territories; }

    /** Read from the territories already listed: one read for the whole page. */
    public String territoryName(String code) {
        return territories.stream().filter(t -> t.code().equals(code)).map(Territory::name).findFirst().orElse(code);
    }

    /** The editions any structure carried a project in, the latest first. */
    public List<Integer> getYears() {
        return all.stream().flatMap(r -> r.structure().years().stream()).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    public LegalForm[] getForms() {
        return LegalForm.values();
    }

    public Fate[] getFates() {
        return Fate.values();
    }
}
