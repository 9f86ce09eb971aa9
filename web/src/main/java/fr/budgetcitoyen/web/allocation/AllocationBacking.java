package fr.budgetcitoyen.web.allocation;

import fr.budgetcitoyen.allocation.AllocationService;
import fr.budgetcitoyen.allocation.plan.Allocation;
import fr.budgetcitoyen.allocation.plan.AllocationPlan;
import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.allocation.plan.Candidate;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.web.format.QueryParams;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /admin/allocation?year=N}: after the vote, agents compare the rules side by side, record the
 * chosen computation, then the Commission permanente's validation, then publish.
 */
@Named
@ViewScoped
public class AllocationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private AllocationService allocations;
    @Inject private CampaignService campaigns;

    private int year;
    private String minimumVotes = "10";
    private LocalDate decisionDate;
    private String deliberation;
    private transient List<Allocation> compared;
    private transient Map<Long, Project> projects;

    @PostConstruct
    void load() {
        year = QueryParams.requestedYear().orElseGet(() -> campaigns.publicEditions().stream().map(Campaign::year)
                .filter(y -> allocations.inputs(y).isPresent()).findFirst().orElse(0));
    }

    public Campaign getCampaign() {
        return allocations.inputs(year).map(AllocationService.Inputs::campaign).orElse(null);
    }

    public List<Allocation> getCompared() {
        if (compared == null && getCampaign() != null) {
            // Read while the page renders: an unreadable minimum compares nothing (recompare() said why).
            Integer minimum = typedMinimum();
            compared = minimum == null ? List.of() : allocations.compare(year, minimum);
        }
        return compared == null ? List.of() : compared;
    }

    public List<Candidate> getCandidates() {
        return allocations.inputs(year).map(AllocationService.Inputs::candidates).orElse(List.of()).stream()
                .sorted((a, b) -> a.categoryCode().equals(b.categoryCode()) ? Long.compare(b.votes(), a.votes())
                        : a.categoryCode().compareTo(b.categoryCode())).toList();
    }

    public String getInputsHash() {
        return allocations.inputs(year).map(AllocationService.Inputs::hash).orElse("");
    }

    public String titleOf(long projectId) {
        Project project = project(projectId);
        return project == null ? "#" + projectId : project.title();
    }

    /** The name of the project's category, as the public reads it. */
    public String categoryOf(long projectId) {
        Project project = project(projectId);
        return project == null ? "" : project.category().name();
    }

    private Project project(long projectId) {
        if (projects == null) {
            projects = campaigns.projectsOf(getCampaign()).stream().collect(Collectors.toMap(Project::id, Function.identity()));
        }
        return projects.get(projectId);
    }

    public void recompare() {
        compared = null;
        if (typedMinimum() == null) {
            Messages.addError("compare:minimumVotes", Texts.get("allocation.minimumVotes.invalid"));
            Faces.validationFailed();
        }
    }

    /** The minimum number of votes as typed (blank: none), or null when it is not a whole number ≥ 0. */
    private Integer typedMinimum() {
        String typed = minimumVotes == null ? "" : minimumVotes.strip();
        return typed.isEmpty() ? Integer.valueOf(0) : typed.matches("\\d{1,6}") ? Integer.valueOf(typed) : null;
    }

    public void choose(Allocation allocation) {
        act(() -> allocations.compute(year, allocation.plan()), "allocation.computed");
    }

    public void validate(AllocationRun run) {
        act(() -> allocations.validate(run.id(), decisionDate, deliberation), "allocation.validated");
    }

    public void publish(AllocationRun run) {
        act(() -> allocations.publish(run.id()), "allocation.published");
    }

    private void act(Runnable action, String doneKey) {
        // a field of this run's row is the button's sibling; the allocation as a whole is refused on top
        if (Refusals.attempt(action, field -> "allocation".equals(field) ? null : Refusals.besideButton(field))) {
            Messages.addGlobalInfo(Texts.get(doneKey));
        }
    }

    public List<AllocationRun> getRuns() {
        return allocations.runs(year);
    }

    /** Once a computation is validated by the Commission permanente, no other rule may be retained. */
    public boolean isDecided() {
        return getRuns().stream().anyMatch(AllocationRun::isDecided);
    }

    /** "Glouton par catégorie", "Parts égales (global)"… */
    public String planName(AllocationPlan plan) {
        return Texts.get("allocation.method." + plan.method()) + " — "
                + Texts.get(plan.perCategory() ? "allocation.scope.perCategory" : "allocation.scope.global")
                + (plan.minimumVotes() > 0 ? " (≥ " + plan.minimumVotes() + ")" : "");
    }

    public String euros(long cents) {
        return fr.budgetcitoyen.shared.Money.euros(java.math.BigDecimal.valueOf(cents, 2)).format(Faces.getLocale());
    }

    public String percent(long perMille) {
        return String.format(Faces.getLocale(), "%.1f\u00a0%%", perMille / 10.0);
    }

    public int getYear() { return year; }

    public String getMinimumVotes() { return minimumVotes; }

    public void setMinimumVotes(String minimumVotes) { this.minimumVotes = minimumVotes; }

    public LocalDate getDecisionDate() { return decisionDate; }

    public void setDecisionDate(LocalDate decisionDate) { this.decisionDate = decisionDate; }

    public String getDeliberation() { return deliberation; }

    public void setDeliberation(String deliberation) { this.deliberation = deliberation; }
}
