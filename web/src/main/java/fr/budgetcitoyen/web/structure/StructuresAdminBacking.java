package fr.budgetcitoyen.web.structure;

import fr.budgetcitoyen.structure.DoubtfulPair;
import fr.budgetcitoyen.structure.StructureFilter;
import fr.budgetcitoyen.structure.StructureRecord;
import fr.budgetcitoyen.structure.StructureService;
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
 * {@code /admin/structures?q=…&page=N}: the doubts to settle (same name, no number to join them) with a merge each,
 * and every structure with its numbers, for the agents of the Mission ESS.
 */
@Named
@RequestScoped
public class StructuresAdminBacking {

    static final int PAGE_SIZE = 50;

    @EJB private StructureService structures;
    @Inject @Param(name = "q") private String q;

    @Inject @Param(name = "page") private String page;

    private List<StructureRecord> results = List.of();
    private ListSearch paging;
    private List<DoubtfulPair> doubts = List.of();

    @PostConstruct
    void load() {
        List<StructureRecord> all = structures.inventory();
        doubts = DoubtfulPair.among(all);
        paging = new ListSearch(PAGE_SIZE, page).with("q", q);
        results = paging.slice(new StructureFilter(q, null, null, null, null).apply(all));
    }

    public List<DoubtfulPair> getDoubts() { return doubts; }

    public List<StructureRecord> getResults() { return results; }

    public ListSearch getPaging() { return paging; }

    public String getQ() { return q; }
}
