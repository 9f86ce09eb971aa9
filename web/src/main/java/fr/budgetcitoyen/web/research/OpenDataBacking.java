package fr.budgetcitoyen.web.research;

import fr.budgetcitoyen.allocation.AllocationService;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.followup.FollowUpService;
import fr.budgetcitoyen.vote.BallotPublication;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /open-data}: the files the portal already publishes, edition by edition, under the Licence Ouverte 2.0.
 * A file is listed once it exists (results once published, ballots once the vote is over, impact once funded).
 */
@Named
@RequestScoped
public class OpenDataBacking {

    /** One downloadable file: its kind (schema anchor and label), the category for a ballot file, its address and format. */
    public record OpenFile(String kind, String category, String href, String format) {
    }

    /** An edition and its files. */
    public record Edition(int year, List<OpenFile> files) {
    }

    /** The files that do not belong to one edition. */
    public static final List<OpenFile> PLATFORM = List.of(new OpenFile("campaigns", null, "/api/campaigns", "JSON"),
            new OpenFile("territories", null, "/api/territories", "JSON"), new OpenFile("scics", null, "/api/scics", "JSON"));

    @EJB private CampaignService campaigns;
    @EJB private AllocationService allocations;

    @EJB private FollowUpService followUp;

    private List<Edition> editions;

    @PostConstruct
    void read() {
        List<Integer> followed = followUp.followedYears();
        editions = new ArrayList<>();
        for (Campaign c : campaigns.publicEditions().stream().sorted(Comparator.comparing(Campaign::year).reversed()).toList()) {
            String api = "/api/campaigns/" + c.year();
            List<OpenFile> files = new ArrayList<>();
            if (allocations.published(c.year()).isPresent()) {
                files.add(new OpenFile("results", null, api + "/results.csv", "CSV"));
                files.add(new OpenFile("results", null, api + "/results.xlsx", "XLSX"));
                files.add(new OpenFile("minutes", null, api + "/results.pdf", "PDF"));
            }
            if (BallotPublication.isPublished(c, campaigns.today())) {
                files.add(new OpenFile("ballotsJson", null, api + "/ballots", "JSON"));
                for (Category category : c.categories()) {
                    files.add(new OpenFile("ballots", category.name(), api + "/ballots.pb?category=" + category.code(), "pabulib"));
                }
            }
            if (followed.contains(c.year())) {
                files.add(new OpenFile("impact", null, api + "/impact.csv", "CSV"));
            }
            if (!files.isEmpty()) {
                editions.add(new Edition(c.year(), files));
            }
        }
    }

    public List<Edition> getEditions() { return editions; }

    public List<OpenFile> getPlatform() { return PLATFORM; }
}
