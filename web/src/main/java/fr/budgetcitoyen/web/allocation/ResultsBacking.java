package fr.budgetcitoyen.web.allocation;

import fr.budgetcitoyen.allocation.AllocationService;
import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.allocation.plan.Candidate;
import fr.budgetcitoyen.allocation.plan.GrantRecord;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.vote.Turnout;
import fr.budgetcitoyen.vote.TurnoutService;
import fr.budgetcitoyen.territory.TerritorySummary;
import fr.budgetcitoyen.web.format.QueryParams;
import fr.budgetcitoyen.web.territory.TerritoryMap;
import fr.budgetcitoyen.web.territory.TerritoryTile;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /results?year=N}: the published allocation of an edition — per category the funded projects,
 * their votes, their share of the category's ballots and their grant; the rule and the inputs' hash.
 */
@Named
@RequestScoped
public class ResultsBacking {

    @EJB private AllocationService allocations;
    @Inject private CampaignService campaigns;

    @Inject private TerritoryService territories;
    @EJB private TurnoutService turnouts;

    @Inject @Param(name = "year") private String year;

    private Campaign campaign;
    private AllocationRun run;
    private Map<Long, Project> projects = Map.of();
    private Map<Long, Candidate> candidates = Map.of();
    private Map<String, Long> budgets = Map.of();
    private final Map<Long, VotesChart> charts = new HashMap<>();
    private Turnout turnout;
    private boolean turnoutRead;
    private Integer minimum;

    @PostConstruct
    void load() {
        List<Campaign> editions = campaigns.publicEditions();
        // Without a year, the latest edition whose results are published (editions come newest first).
        Integer asked = QueryParams.year(year);
        campaign = asked != null
                ? editions.stream().filter(c -> c.year() == asked).findFirst().orElse(null)
                : editions.stream().filter(c -> allocations.published(c.year()).isPresent()).findFirst().orElse(null);
        if (campaign != null) {
            run = allocations.published(campaign.year()).orElse(null);
            projects = campaigns.projectsOf(campaign).stream().collect(Collectors.toMap(Project::id, Function.identity()));
            allocations.inputs(campaign.year()).ifPresent(inputs -> {
                candidates = inputs.candidates().stream().collect(Collectors.toMap(Candidate::projectId, Function.identity()));
                budgets = inputs.budgets();
            });
        }
    }

    /**
     * Who voted, by territory and age band (small groups hidden): public once the vote is over. Read once per request:
     * the page's {@code ui:param} re-evaluates it at each use, and it counts every participation.
     */
    public Turnout getTurnout() {
        if (!turnoutRead) {
            turnout = campaign == null ? null
                    : turnouts.publishedTurnout(campaign.year()).filter(t -> t.voters() > 0).orElse(null);
            turnoutRead = true;
        }
        return turnout;
    }

    /** Read once per request too: each hidden line of the turnout asks for it. */
    public int getMinimum() {
        if (minimum == null) {
            minimum = turnouts.settings().minimumGroup();
        }
        return minimum;
    }

    public Campaign getCampaign() { return campaign; }

    public AllocationRun getRun() { return run; }

    public List<Category> getCategories() {
        return campaign.categories();
    }

    /** The category's projects on the ballot, most voted first, each with its grant (0 if not funded). */
    public List<Project> ranking(Category category) {
        return projects.values().stream().filter(p -> p.category().id().equals(category.id()))
                .sorted((a, b) -> Long.compare(votesOf(b), votesOf(a))).toList();
    }

    public long votesOf(Project project) {
        Candidate candidate = candidates.get(project.id());
        return candidate == null ? 0 : candidate.votes();
    }

    /** The category's votes as a bar chart, with its envelope line when each category has its own envelope. */
    public VotesChart chart(Category category) {
        return charts.computeIfAbsent(category.id(), id -> VotesChart.of(ranking(category).stream()
                .map(p -> new VotesChart.Entry(p.id(), p.title(), votesOf(p), grantOf(p).isPresent(),
                        Optional.ofNullable(candidates.get(p.id())).map(Candidate::grantCents).orElse(0L)))
                .toList(), run.plan().perCategory() ? budgets.get(category.code()) : null));
    }

    /** The category's part of the envelope, in cents (0 when the categories share the envelope). */
    public long envelopeOf(Category category) {
        return run.plan().perCategory() ? budgets.getOrDefault(category.code(), 0L) : 0L;
    }

    /** Whether the edition's ballots are the demo's synthetic ones. */
    public boolean isDemoBallots() {
        return campaign != null && campaign.hasDemoBallots();
    }

    public String share(Project project) {
        long total = projects.values().stream().filter(p -> p.category().id().equals(project.category().id()))
                .mapToLong(this::votesOf).sum();
        return total == 0 ? "—" : String.format(Faces.getLocale(), "%.1f\u00a0%%", votesOf(project) * 100.0 / total);
    }

    public Optional<GrantRecord> grantOf(Project project) {
        return run.grants().stream().filter(g -> g.projectId() == project.id()).findFirst();
    }

    public String euros(long cents) {
        return Money.euros(BigDecimal.valueOf(cents, 2)).format(Faces.getLocale());
    }

    /** The 8 territories with how many projects each got funded: the results' territory view. */
    public List<TerritoryTile> getFundedTiles() {
        return TerritoryMap.tiles(territories.territories().stream().map(TerritorySummary::territory).toList(),
                run.grants().stream().collect(Collectors.groupingBy(GrantRecord::territoryCode, Collectors.counting())));
    }

    public String territoryName(String code) {
        return territories.nameOf(code);
    }

    public List<Campaign> getEditions() {
        return campaigns.publicEditions();
    }
}
