package fr.budgetcitoyen.web.structure;

import fr.budgetcitoyen.structure.DoubtfulPair;
import fr.budgetcitoyen.structure.StructureFilter;
import fr.budgetcitoyen.structure.StructureRecord;
import fr.budgetcitoyen.structure.StructureService;
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

    @EJB
    private StructureService structures;

    @Inject
    @Param(name = "q")
    private String q;

    @Inject
    @Param(name = "page")
    private String page;

    private List<StructureRecord> found = List.of();
    private List<DoubtfulPair> doubts = List.of();

    @PostConstruct
    void load() {
        List<StructureRecord> all = structures.inventory();
        doubts = DoubtfulPair.among(all);
        found = new StructureFilter(q, null, null, null, null).apply(all);
    }

    public List<DoubtfulPair> getDoubts() {
        return doubts;
    }

    public List<StructureRecord> getResults() {
        int first = Math.min((getPage() - 1) * PAGE_SIZE, found.size());
        return found.subList(first, Math.min(first + PAGE_SIZE, found.size()));
    }

    public long getTotal() {
        return found.size();
    }

    public int getPage() {
        return QueryParams.page(page);
    }

    public int getPages() {
        return QueryParams.pages(found.size(), PAGE_SIZE);
    }

    public String getQ() {
        return q;
    }
}
