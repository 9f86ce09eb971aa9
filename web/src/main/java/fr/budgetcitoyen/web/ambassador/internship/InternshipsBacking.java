package fr.budgetcitoyen.web.ambassador.internship;

import fr.budgetcitoyen.ambassador.internship.InternshipKind;
import fr.budgetcitoyen.ambassador.internship.InternshipOffer;
import fr.budgetcitoyen.ambassador.internship.InternshipService;
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
 * The public directory of internships and civic-service missions, {@code /internships?kind=…&territory=…&topic=…&page=2}:
 * a GET form, so every search is a link; unknown filter values are ignored rather than failing.
 */
@Named
@RequestScoped
public class InternshipsBacking {

    static final int PAGE_SIZE = 12;

    @EJB
    private InternshipService internships;

    @Inject
    private TerritoryService territories;

    @Inject
    @Param(name = "kind")
    private String kind;

    @Inject
    @Param(name = "territory")
    private String territory;

    @Inject
    @Param(name = "topic")
    private String topic;

    @Inject
    @Param(name = "page")
    private String page;

    private List<InternshipOffer> results = List.of();
    private ListSearch paging;

    @PostConstruct
    void search() {
        InternshipKind kindFilter = QueryParams.enumOrNull(InternshipKind.class, kind);
        Theme topicFilter = QueryParams.enumOrNull(Theme.class, topic);
        paging = new ListSearch(PAGE_SIZE, page).with("kind", kind).with("territory", territory).with("topic", topic)
                .counted(internships.directoryCount(kindFilter, territory, topicFilter));
        results = internships.directory(kindFilter, territory, topicFilter, paging.getFirst(), paging.getSize());
    }

    public ListSearch getPaging() {
        return paging;
    }

    public List<Territory> getTerritories() {
        return territories.territories().stream().map(TerritorySummary::territory).toList();
    }

    public InternshipKind[] getKinds() {
        return InternshipKind.values();
    }

    public Theme[] getTopics() {
        return Theme.values();
    }

    public List<InternshipOffer> getResults() {
        return results;
    }

    public String getKind() {
        return kind;
    }

    public String getTerritory() {
        return territory;
    }

    public String getTopic() {
        return topic;
    }
}
