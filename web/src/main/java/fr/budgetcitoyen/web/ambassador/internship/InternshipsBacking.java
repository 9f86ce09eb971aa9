package fr.budgetcitoyen.web.ambassador.internship;

import fr.budgetcitoyen.ambassador.internship.InternshipKind;
import fr.budgetcitoyen.ambassador.internship.InternshipOffer;
import fr.budgetcitoyen.ambassador.internship.InternshipService;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.web.format.ListSearch;
import fr.budgetcitoyen.web.format.QueryParams;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The public directory of internships and civic-service missions, {@code /internships?kind=…&territory=…&topic=…&page=2}:
 * a GET form, so every search is a link; unknown filter values are ignored rather than failing.
 */
@Named
@RequestScoped
public class InternshipsBacking {

    static final int PAGE_SIZE = 12;

    @EJB private InternshipService internships;

    private List<InternshipOffer> results = List.of();
    private ListSearch paging;

    @PostConstruct
    void search() {
        paging = ListSearch.fromRequest(PAGE_SIZE, "kind", "territory", "topic");
        InternshipKind kind = QueryParams.enumOrNull(InternshipKind.class, paging.term("kind"));
        String territory = paging.term("territory");
        Theme topic = QueryParams.enumOrNull(Theme.class, paging.term("topic"));
        paging.counted(internships.directoryCount(kind, territory, topic));
        results = internships.directory(kind, territory, topic, paging.getFirst(), paging.getSize());
    }

    public ListSearch getPaging() { return paging; }

    public InternshipKind[] getKinds() {
        return InternshipKind.values();
    }

    public Theme[] getTopics() {
        return Theme.values();
    }

    public List<InternshipOffer> getResults() { return results; }
}
