package fr.budgetcitoyen.web.allocation;

import fr.budgetcitoyen.allocation.AllocationService;
import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Project;
import fr.budgetcitoyen.allocation.ProjectId;
import fr.budgetcitoyen.allocation.Rational;
import fr.budgetcitoyen.allocation.VoteType;
import fr.budgetcitoyen.allocation.pabulib.PabulibWriter;
import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.allocation.plan.Candidate;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.vote.Ballot;
import fr.budgetcitoyen.web.format.Csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/** The published results as JSON, CSV (open-data schema in the README) and pabulib files. */
public final class ResultsJson {

    private ResultsJson() {
    }

    public record GrantJson(int rank, long project, String title, String category, String territory, long votes, BigDecimal grant) {
    }

    /** {@code demoBallots}: the ballots counted are the demo data's synthetic ones, not residents' votes. */
    public record Results(int year, String rule, String inputsHash, LocalDate decisionDate, String deliberation,
                   BigDecimal envelope, BigDecimal granted, long ballots, boolean demoBallots, List<GrantJson> grants) {
    }

    static Results of(Campaign campaign, AllocationRun run, LongFunction<String> titles) {
        return new Results(campaign.year(), run.plan().code(), run.inputsHash(), run.decisionDate(), run.deliberation(),
                euros(run.budgetCents()), euros(run.spentCents()), run.ballots(), campaign.hasDemoBallots(),
                run.grants().stream().map(g -> new GrantJson(g.rank(), g.projectId(), titles.apply(g.projectId()),
                        g.categoryCode(), g.territoryCode(), g.votes(), euros(g.grantCents()))).toList());
    }

    /** {@code rank;project_id;title;category;territory;votes;grant_eur}, UTF-8, semicolons (French spreadsheets). */
    static String csv(Results results) {
        StringBuilder csv = new StringBuilder("rank;project_id;title;category;territory;votes;grant_eur\n");
        for (GrantJson g : results.grants()) {
            csv.append(g.rank()).append(';').append(g.project()).append(';').append(Csv.quoted(g.title())).append(';')
                    .append(g.category()).append(';').append(g.territory()).append(';').append(g.votes()).append(';')
                    .append(g.grant().toPlainString()).append('\n');
        }
        return csv.toString();
    }

    /** One category's published ballots as a pabulib file: anyone can recompute its outcome with any tool. */
    static String pabulib(Campaign campaign, Category category, AllocationService.Inputs inputs, List<Ballot> ballots) {
        List<Candidate> candidates = inputs.candidates().stream().filter(c -> c.categoryCode().equals(category.code())).toList();
        List<Project> projects = candidates.stream()
                .map(c -> Project.of(String.valueOf(c.projectId()), c.grantCents() / 100)).toList();
        List<fr.budgetcitoyen.allocation.Ballot> approvals = ballots.stream()
                .filter(b -> b.categoryId().equals(category.id()))
                .map(b -> fr.budgetcitoyen.allocation.Ballot.approving(b.receiptHash().substring(0, 16),
                        List.of(ProjectId.of(String.valueOf(b.projectId())))))
                .toList();
        if (approvals.isEmpty()) {
            approvals = fromCounts(candidates);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", "Budget citoyen " + campaign.year() + " (Pas-de-Calais), " + category.name());
        meta.put("country", "France");
        meta.put("unit", "Département du Pas-de-Calais");
        meta.put("instance", campaign.year() + "-" + category.code());
        meta.put("currency", "EUR");
        meta.put("max_length", "1");
        meta.put("rule", "greedy");
        long budgetEuros = inputs.budgets().getOrDefault(category.code(), 0L) / 100;
        return PabulibWriter.toText(Instance.of(Rational.of(budgetEuros), VoteType.APPROVAL, projects, approvals, meta));
    }

    /**
     * An edition voted in the encrypted urn has no readable ballot, only its decrypted counts; one approval
     * per voter and category, so the counts are the whole vote: {@code votes} voters approving each project.
     */
    private static List<fr.budgetcitoyen.allocation.Ballot> fromCounts(List<Candidate> candidates) {
        List<fr.budgetcitoyen.allocation.Ballot> approvals = new java.util.ArrayList<>();
        for (Candidate c : candidates) {
            for (long i = 0; i < c.votes(); i++) {
                approvals.add(fr.budgetcitoyen.allocation.Ballot.approving(String.valueOf(approvals.size() + 1),
                        List.of(ProjectId.of(String.valueOf(c.projectId())))));
            }
        }
        return approvals;
    }

    private static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
