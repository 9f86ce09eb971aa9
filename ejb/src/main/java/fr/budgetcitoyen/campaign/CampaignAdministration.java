package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.allocation.plan.AllocationRunRepository;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.InvalidFieldsException.Problem;
import fr.budgetcitoyen.shared.Money;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Mission ESS sets up the editions: creates or copies one, edits its envelope, calendar, categories
 * and eligible legal forms, then publishes it. Every change is audited under the agent's name.
 */
@Stateless
@RolesAllowed({"AGENT", "ADMIN"})
public class CampaignAdministration {

    @Resource private SessionContext context;
    @Inject private CampaignRepository campaigns;
    @Inject private AllocationRunRepository runs;
    @EJB private AuditLog audit;

    public List<Campaign> all() {
        return campaigns.findAll();
    }

    public Optional<Campaign> find(int year) {
        return campaigns.findByYear(year);
    }

    public Campaign create(Integer year, String title, Money envelope) {
        Campaign campaign = Campaign.draft(year, title, envelope);
        requireFreeYear(year);
        campaigns.store(campaign);
        record("campaign.create", year, null, title + " " + envelope);
        return campaign;
    }

    /** Next year's draft from an edition: same steps a year later, same categories, shares and legal forms. */
    public Campaign copy(int fromYear, Integer toYear) {
        Campaign source = campaigns.findByYear(fromYear).orElseThrow();
        new InvalidFieldsException.Check().require(toYear != null && toYear > fromYear, "year", "campaign.copy.later").orThrow();
        requireFreeYear(toYear);
        Campaign copy = NextEdition.from(source, toYear, "Budget citoyen " + toYear, source.envelope());
        campaigns.store(copy);
        record("campaign.copy", toYear, "from " + fromYear, copy.title());
        return copy;
    }

    /** The title, and the envelope until an allocation of the edition is decided. */
    public void describe(int year, String title, Money envelope) {
        Campaign campaign = campaigns.findByYear(year).orElseThrow();
        String before = campaign.title() + " " + campaign.envelope();
        campaign.describe(title, envelope, runs.of(campaign.id()).stream().anyMatch(AllocationRun::isDecided));
        record("campaign.describe", year, before, campaign.title() + " " + campaign.envelope());
    }

    public void replan(int year, List<PhaseDates> dates) {
        Campaign campaign = campaigns.findByYear(year).orElseThrow();
        String before = calendarOf(campaign);
        campaign.replan(dates);
        record("campaign.replan", year, before, calendarOf(campaign));
    }

    public void planCategory(int year, CategoryDraft draft) {
        Campaign campaign = campaigns.findByYear(year).orElseThrow();
        Category category = campaign.planCategory(draft);
        record("campaign.category", year, null, category.code() + ": " + category.supportRule().maxSharePercent() + " % ≤ "
                + category.supportRule().ceiling() + ", envelope " + category.envelopeSharePercent().map(p -> p + " %").orElse("-"));
    }

    public void admit(int year, Set<LegalForm> forms) {
        Campaign campaign = campaigns.findByYear(year).orElseThrow();
        Set<LegalForm> before = campaign.eligibleLegalForms();
        campaign.admit(forms);
        record("campaign.legalForms", year, before.toString(), campaign.eligibleLegalForms().toString());
    }

    /** Publishing needs a calendar that follows the process and categories: each problem is reported. */
    public void publish(int year) {
        Campaign campaign = campaigns.findByYear(year).orElseThrow();
        List<String> problems = campaign.calendar().problems();
        new InvalidFieldsException.Check().require(!campaign.categories().isEmpty(), "categories", "campaign.publish.noCategory").orThrow();
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems.stream().map(k -> new Problem("calendar", k)).toList());
        }
        campaign.publish();
        record("campaign.publish", year, "DRAFT", "PUBLISHED");
    }

    private void requireFreeYear(int year) {
        if (campaigns.findByYear(year).isPresent()) {
            throw new InvalidFieldsException(List.of(new Problem("year", "campaign.year.taken")));
        }
    }

    private static String calendarOf(Campaign campaign) {
        return campaign.calendar().phases().stream().map(Phase::toString).collect(Collectors.joining(", "));
    }

    private void record(String action, int year, String before, String after) {
        audit.record(context.getCallerPrincipal().getName(), action, "campaign:" + year, before, after);
    }
}
