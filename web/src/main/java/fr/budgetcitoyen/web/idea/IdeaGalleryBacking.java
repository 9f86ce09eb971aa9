package fr.budgetcitoyen.web.idea;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.idea.Idea;
import fr.budgetcitoyen.idea.IdeaService;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.web.format.ListSearch;
import fr.budgetcitoyen.web.format.QueryParams;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The public gallery of published ideas, {@code /ideas?q=…&territory=…&theme=…&page=2}: a GET form, so
 * every search is a link one can share; unknown filter values are ignored rather than failing.
 */
@Named
@RequestScoped
public class IdeaGalleryBacking {

    static final int PAGE_SIZE = 12;

    @EJB private IdeaService ideas;

    private Campaign campaign;
    private List<Idea> results = List.of();
    private ListSearch paging;

    @PostConstruct
    void search() {
        paging = ListSearch.fromRequest(PAGE_SIZE, "q", "territory", "theme");
        campaign = ideas.galleryEdition().orElse(null);
        if (campaign == null) {
            return;
        }
        String q = paging.term("q");
        String territory = paging.term("territory");
        Theme theme = QueryParams.enumOrNull(Theme.class, paging.term("theme"));
        paging.counted(ideas.galleryCount(campaign.id(), q, territory, theme));
        results = ideas.gallery(campaign.id(), q, territory, theme, paging.getFirst(), paging.getSize());
    }

    public ListSearch getPaging() { return paging; }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public Campaign getCampaign() { return campaign; }

    public List<Idea> getResults() { return results; }
}
