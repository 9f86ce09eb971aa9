package fr.budgetcitoyen.web.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignOverview;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.vote.Ballot;
import fr.budgetcitoyen.vote.Tally;
import fr.budgetcitoyen.vote.VoteRefusedException;
import fr.budgetcitoyen.vote.VoteService;
import fr.budgetcitoyen.web.format.QueryParams;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /ballots?year=…}: once an edition's vote is over, its anonymised ballots counted per project, and a
 * voter's receipt code finding their own ballot — posted, never in the URL (history, logs, a shared link).
 * Nothing while the vote runs.
 */
@Named
@RequestScoped
public class BallotsBacking {

    @Inject private CampaignService campaigns;
    @EJB private VoteService votes;

    @EJB private fr.budgetcitoyen.vote.UrnBoard board;

    private boolean encrypted;

    @Inject @Param(name = "year") private String year;

    private String receipt;

    private Campaign campaign;
    private List<Ballot> published;
    private Map<Long, Project> projects = Map.of();

    @PostConstruct
    void load() {
        Integer asked = QueryParams.year(year);
        Optional<CampaignOverview> edition = asked != null ? campaigns.edition(asked) : campaigns.currentEdition();
        campaign = edition.map(CampaignOverview::campaign).orElse(null);
        if (campaign == null) {
            return;
        }
        encrypted = board.election(campaign.year()).isPresent();
        try {
            published = votes.publishedBallots(campaign);
            projects = campaigns.projectsOf(campaign).stream().collect(Collectors.toMap(Project::id, Function.identity()));
        } catch (VoteRefusedException notYet) {
            published = null;
        }
    }

    public Campaign getCampaign() { return campaign; }

    /** Voted in the encrypted urn: no readable ballot exists, its board lists the trackers. */
    public boolean isEncrypted() { return encrypted; }

    public boolean isPublished() {
        return published != null;
    }

    public Tally getTally() {
        return Tally.of(published);
    }

    public List<Category> getCategories() {
        return campaign.categories();
    }

    public String titleOf(long projectId) {
        return Optional.ofNullable(projects.get(projectId)).map(Project::title).orElse("#" + projectId);
    }

    /** The ballot of the typed receipt: empty when none was typed or it matches no ballot. */
    public Optional<Ballot> getFound() {
        return isPublished() ? Tally.find(published, receipt) : Optional.empty();
    }

    public String categoryName(long categoryId) {
        return campaign.categories().stream().filter(c -> c.id() == categoryId).map(Category::name).findFirst().orElse("");
    }

    public List<Campaign> getEditions() {
        return campaigns.publicEditions();
    }

    public String getReceipt() { return receipt; }

    /** Posted by the lookup form; used for this request's lookup only. */
    public void setReceipt(String receipt) {
        this.receipt = receipt == null ? null : receipt.strip();
    }
}
