package fr.budgetcitoyen.web.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignOverview;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.vote.UrnBoard;
import fr.budgetcitoyen.vote.UrnCeremony;
import fr.budgetcitoyen.vote.UrnResult;
import fr.budgetcitoyen.vote.UrnStatus;
import fr.budgetcitoyen.vote.UrnView;
import fr.budgetcitoyen.web.format.ListSearch;
import fr.budgetcitoyen.web.format.QueryParams;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /board?year=N&page=P}: an edition's public bulletin board — the sealed election's fingerprint,
 * the holders' keys, the ballots' trackers with their pseudonyms, the counts once decrypted, and a
 * voter's tracker found by a POST (a tracker never travels in a URL). Request-scoped: the page keeps no state for a
 * visitor (issue 19); the search posts to the page's own address, so the edition stays.
 */
@Named
@RequestScoped
public class BoardBacking {

    static final int PAGE_SIZE = 50;

    /** A project's count, once the holders decrypted the totals. */
    public record Count(long projectId, String title, long votes) {
    }

    @EJB private UrnCeremony ceremony;
    @EJB private UrnBoard board;

    @Inject private CampaignService campaigns;
    @Inject @Param(name = "page") private String pageParam;

    private int year;
    private ListSearch paging;
    private String tracker;
    private boolean searched;
    private String foundCategory;
    private Campaign campaign;
    private UrnView urn;
    private boolean read;
    private Map<Long, Long> counts;
    private List<Project> projects;

    @PostConstruct
    void load() {
        Optional<Integer> current = campaigns.currentEdition().map(CampaignOverview::campaign).map(Campaign::year);
        year = QueryParams.requestedYear().or(() -> current.filter(this::sealed)).or(() -> campaigns.publicEditions().stream()
                .map(Campaign::year).filter(this::sealed).findFirst()).or(() -> current).orElse(0);
        paging = new ListSearch(PAGE_SIZE, pageParam).with("year", String.valueOf(year));
    }

    private boolean sealed(int edition) {
        return ceremony.view(edition).map(v -> v.urn().isSealed()).orElse(false);
    }

    private void read() {
        if (!read) {
            campaign = year == 0 ? null : campaigns.edition(year).map(CampaignOverview::campaign).orElse(null);
            urn = campaign == null ? null : ceremony.view(year).filter(v -> v.urn().isSealed()).orElse(null);
            read = true;
        }
    }

    public Campaign getCampaign() {
        read();
        return campaign;
    }

    /** The edition's sealed urn; null before the sealing (nothing is public yet) or without an urn. */
    public UrnView getUrn() {
        read();
        return urn;
    }

    public List<Campaign> getEditions() {
        return campaigns.publicEditions();
    }

    public int getYear() { return year; }

    public long participationsOf(Category category) {
        return getUrn() == null ? 0 : getUrn().participationsPerCategory().getOrDefault(category.id(), 0L);
    }

    public long ballotsOf(Category category) {
        return getUrn() == null ? 0 : getUrn().ballotsPerCategory().getOrDefault(category.id(), 0L);
    }

    // The trackers, page by page.

    /** Counted once the urn is read: the ballots of a sealed urn. */
    public ListSearch getPaging() {
        return paging.counted(getUrn() == null ? 0 : getUrn().ballots());
    }

    public List<UrnBoard.Line> getLines() {
        return getUrn() == null ? List.of() : board.lines(year, getPaging().getFirst(), PAGE_SIZE);
    }

    public String categoryName(String code) {
        return getCampaign() == null ? code : getCampaign().category(code).map(Category::name).orElse(code);
    }

    // A voter's tracker.

    public void search() {
        searched = false;
        foundCategory = null;
        String typed = tracker == null ? "" : tracker.strip();
        if (typed.isEmpty()) {
            Messages.addError("search:tracker", Texts.get("board.tracker.required"));
            Faces.validationFailed();
            return;
        }
        searched = true;
        foundCategory = typed.length() > 100 ? null : board.categoryOfTracker(year, typed).map(this::categoryName).orElse(null);
    }

    public boolean isSearched() { return searched; }

    public String getFoundCategory() { return foundCategory; }

    public String getTracker() { return tracker; }

    public void setTracker(String tracker) { this.tracker = tracker; }

    // The counts, once decrypted.

    public boolean isCounted() {
        return getUrn() != null && getUrn().urn().status() == UrnStatus.COUNTED;
    }

    /** The category's projects from most to least votes, as the holders' decryption gave them. */
    public List<Count> countsOf(Category category) {
        if (!isCounted()) {
            return List.of();
        }
        if (counts == null) {
            counts = UrnResult.countsByProject(getUrn().urn());
            projects = campaigns.projectsOf(getCampaign());
        }
        return projects.stream().filter(p -> p.category().id().equals(category.id()) && counts.containsKey(p.id()))
                .map(p -> new Count(p.id(), p.title(), counts.get(p.id())))
                .sorted(Comparator.comparingLong(Count::votes).reversed().thenComparing(Count::title)).toList();
    }

    /** Anyone's check of the whole board with the urn tool, against this server. */
    public String getVerifyCommand() {
        return UrnToolCommand.verify(Faces.getRequestBaseURL(), year);
    }
}
