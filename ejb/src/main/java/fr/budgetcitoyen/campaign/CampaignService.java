package fr.budgetcitoyen.campaign;

import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads the public editions of the Budget citoyen, as of the application clock's today. */
@Stateless
public class CampaignService {

    @Inject private CampaignRepository campaigns;
    @Inject private ProjectRepository projects;
    @Inject private Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<CampaignOverview> currentEdition() {
        LocalDate today = today();
        return Editions.current(campaigns.findPublic(), today).map(c -> overview(c, today));
    }

    /** A public edition by year; drafts do not exist for the public. */
    public Optional<CampaignOverview> edition(int year) {
        LocalDate today = today();
        return campaigns.findByYear(year).filter(Campaign::isPublic).map(c -> overview(c, today));
    }

    /** The public edition whose step is open today by the server's clock, if any. */
    public Optional<Campaign> openFor(PhaseType type) {
        return Editions.openFor(campaigns.findPublic(), type, today());
    }

    public List<Campaign> pastEditions() {
        return Editions.past(campaigns.findPublic(), today());
    }

    public List<Campaign> publicEditions() {
        return campaigns.findPublic();
    }

    /** A project on the ballot of a public edition; others do not exist for the public. */
    public Optional<Project> projectOnBallot(long id) {
        return projects.find(id).filter(Project::isOnBallot).filter(p -> p.campaign().isPublic());
    }

    public List<Project> projectsOf(Campaign campaign) {
        return projects.findByCampaign(campaign);
    }

    private CampaignOverview overview(Campaign campaign, LocalDate today) {
        return new CampaignOverview(campaign, today, projects.countOnBallot(campaign));
    }
}
