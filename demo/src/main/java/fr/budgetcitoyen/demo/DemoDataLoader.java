package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.account.Passwords;
import fr.budgetcitoyen.account.Role;
import fr.budgetcitoyen.allocation.AllocationWorkflow;
import fr.budgetcitoyen.allocation.plan.AllocationPlan;
import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignRepository;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.campaign.CategoryDraft;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.platform.ClusterLock;
import fr.budgetcitoyen.platform.SchemaMigrated;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectRepository;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.territory.Territory;
import fr.budgetcitoyen.territory.TerritoryRepository;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Fills an empty database with the demo editions (2018, 2021 and a current one) and sample projects.
 * Runs when the migrations are done, before the start-up jobs that wait for them (the production code does not
 * know this module: it only announces the migrated schema), and only when there is no campaign at all, so a
 * restart never duplicates it; {@code budgetcitoyen.demo-data.enabled=false} turns it off.
 */
@Singleton
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    /** Who the audit log and the results name for what the loader does in an agent's place. */
    private static final String DEMO_LOADER = "chargeur de démonstration";

    /** Each category's part of a past edition's envelope, in euros: less than its projects ask together. */
    private static final int DEMO_ENVELOPE_PART = 28_600;

    @Inject
    @ConfigProperty(name = "budgetcitoyen.demo-data.enabled", defaultValue = "true")
    boolean enabled;

    /** The phase "today" falls in for the current demo edition. */
    @Inject
    @ConfigProperty(name = "budgetcitoyen.demo-data.current-phase", defaultValue = "VOTE")
    PhaseType currentPhase;

    @Inject private CampaignRepository campaigns;
    @Inject private ProjectRepository projects;
    @Inject private TerritoryRepository territories;
    @Inject private AccountRepository accounts;
    @Inject private DemoNextEdition nextEdition;
    @Inject private DemoBallotWriter ballots;
    @Inject private Passwords passwords;
    @Inject private ClusterLock locks;
    @Inject private DemoScicLoader scicNetwork;
    @Inject private DemoPartnerLoader partnerNetwork;
    @Inject private DemoCdessLoader council;
    @Inject private DemoAmbassadorLoader ambassadors;
    @Inject private DemoFollowUpLoader followUp;
    @Inject private DemoUrnLoader demoUrn;
    @Inject private DemoSurveyLoader impactSurvey;
    @Inject private AllocationWorkflow allocation;
    @Inject private DemoResearchLoader research;

    /** Whether the current edition gets demo key holders and a sealed urn (off for a rehearsed ceremony). */
    @Inject
    @ConfigProperty(name = "budgetcitoyen.demo-data.urn", defaultValue = "true")
    boolean demoUrnEnabled;

    /** The password of the demo accounts (one per role); demo data is off in production. */
    @Inject
    @ConfigProperty(name = "budgetcitoyen.demo-data.password", defaultValue = "Demo-Pas-de-Calais-62")
    String demoPassword;

    @Inject private Clock clock;

    /** Public: an EJB observes through a business method, which gives it a transaction of its own. */
    public void loadWhenEmpty(@Observes SchemaMigrated migrated) {
        if (!enabled) {
            LOG.info("Demo data disabled (budgetcitoyen.demo-data.enabled=false)");
            return;
        }
        locks.hold(ClusterLock.STARTUP); // a node starting at the same time waits, then finds the data

        if (accounts.countWithRole(Role.RESIDENT) == 0) {
            DemoAccounts.roles().forEach(this::storeDemoAccount);
            LOG.info("Demo accounts created, one per role");
        }
        if (campaigns.count() > 0) {
            LOG.fine("Campaigns already present: no demo editions loaded");
            return;
        }
        Campaign first = DemoEditions.edition2018();
        campaigns.store(first);
        Campaign closed = DemoEditions.edition2021();
        campaigns.store(closed);
        Campaign current = DemoEditions.currentEdition(LocalDate.now(clock), currentPhase);
        campaigns.store(current);
        DemoProjects.samples().forEach(sample -> projects.store(labelled(sample, current)));
        if (demoUrnEnabled) {
            demoUrn.load(current, i -> storeDemoAccount("detenteur-" + i + DemoAccounts.DOMAIN, "Détenteur de clé " + i, Role.RESIDENT));
        }
        if (currentPhase.isLaterThan(PhaseType.LABELLING_COMMITTEE)) {
            Campaign next = DemoEditions.nextEdition(LocalDate.now(clock), current.year() + 1);
            campaigns.store(next);
            nextEdition.load(next);
            // A few files already submitted, so the committee of the demo has something to read.
            DemoProjects.samples().stream().limit(3).forEach(sample -> projects.store(fileFor(sample, next)));
            LOG.info(() -> "Demo edition " + next.year() + " runs its ideas, comptoirs, files and labelling today");
        }
        seedDemoVote(closed, 300);
        ambassadors.load();
        scicNetwork.load();
        council.load();
        partnerNetwork.load(storeDemoAccount(DemoAccounts.PARTNER, "Démo partenaire", Role.RESIDENT));
        // 2018's projects and voters are stored last, so the ids of the other demo projects and accounts stay as they were.
        seedDemoVote(first, 200);
        publishResults(first, LocalDate.of(2018, 12, 17), "CP-2018-412");
        followUp.load(first, accounts.findByEmail(DemoAccounts.emailOf(Role.CARRIER)).orElseThrow().id());
        publishResults(closed, LocalDate.of(2021, 12, 13), "CP-2021-512");
        impactSurvey.load(first, closed);
        research.load(accounts.findByEmail(DemoAccounts.emailOf(Role.AGENT)).orElseThrow(),
                storeDemoAccount(DemoAccounts.RESEARCHER, "Démo chercheur", Role.RESIDENT),
                storeDemoAccount(DemoAccounts.FORMER_RESEARCHER, "Démo ancienne chercheuse", Role.RESIDENT));
        LOG.info(() -> "Demo data loaded: editions 2018, 2021 and " + current.year() + " (" + currentPhase + " open)");
    }

    /**
     * A past edition gets the sample projects on its ballot and synthetic voters whose ballots are published
     * (its vote is over): each votes once in each category. The edition says they are the demo's, next to the
     * voter count the département declared for it.
     */
    private void seedDemoVote(Campaign edition, int voterCount) {
        // A small share of the envelope per category, so that the rules compared do not all fund everything.
        BigDecimal share = BigDecimal.valueOf(DEMO_ENVELOPE_PART).multiply(BigDecimal.valueOf(100))
                .divide(edition.envelope().amount(), 2, RoundingMode.HALF_UP);
        for (Category category : edition.categories()) {
            edition.planCategory(new CategoryDraft(category.code(), category.name(), category.description(),
                    category.supportRule().maxSharePercent(), category.supportRule().ceiling(), share));
        }
        Map<Long, Long> categoryOfProject = new HashMap<>();
        for (DemoProject sample : DemoProjects.samples()) {
            Project project = labelled(sample, edition);
            projects.store(project);
            categoryOfProject.put(project.id(), project.category().id());
        }
        List<Long> voters = new ArrayList<>();
        for (int i = 1; i <= voterCount; i++) { // synthetic voters: invited accounts that cannot sign in
            Account voter = Account.invite("votant-" + edition.year() + "-" + i + "@demo.invalid", "Votant " + edition.year() + " n° " + i,
                    Role.RESIDENT, Instant.now(clock));
            accounts.store(voter);
            voters.add(voter.id());
        }
        List<String> territoryCodes = territories.findAll().stream().map(Territory::code).toList();
        LocalDate voteStart = edition.calendar().phase(PhaseType.VOTE).orElseThrow().startDate();
        ballots.store(DemoBallots.seeded(edition.id(), categoryOfProject, voters, territoryCodes, voteStart, edition.year()));
        edition.carryDemoBallots();
    }

    /**
     * The results of a past edition, by the path agents take: computed from its counted ballots under the
     * default rule, validated with the Commission permanente's decision (which opens the follow-up), published.
     */
    private void publishResults(Campaign edition, LocalDate decision, String deliberation) {
        AllocationRun run = allocation.compute(edition.year(), AllocationPlan.DEFAULT, DEMO_LOADER);
        allocation.validate(run.id(), decision, deliberation, DEMO_LOADER);
        allocation.publish(run.id(), DEMO_LOADER);
    }

    private void storeDemoAccount(Role role) {
        storeDemoAccount(DemoAccounts.emailOf(role), "Démo " + role.name().toLowerCase(), role);
    }

    private Account storeDemoAccount(String email, String name, Role role) {
        LocalDate today = LocalDate.now(clock);
        Account account = Account.register(email, name, LocalDate.of(1985, 1, 1), "62041", null, passwords.hash(demoPassword),
                Instant.now(clock), today);
        account.confirmEmail(today);
        account.grant(role);
        accounts.store(account);
        return account;
    }

    private Project labelled(DemoProject sample, Campaign campaign) {
        Project project = fileFor(sample, campaign);
        project.label();
        project.validateForBallot();
        return project;
    }

    /** The sample as a submitted file of that campaign. */
    private Project fileFor(DemoProject sample, Campaign campaign) {
        Category category = campaign.category(sample.categoryCode()).orElseThrow();
        Territory territory = territories.find(Territory.codeOf(sample.territoryName())).orElseThrow(
                () -> new IllegalStateException("Unknown territory " + sample.territoryName()));
        Project project = new Project(category, sample.title(), sample.summary(), sample.carrier(), territory,
                Money.euros(sample.totalCostEuros()), Money.euros(sample.requestedEuros()));
        project.fileUnder(sample.theme());
        DemoStructures.identify(project, campaign.year());
        return project;
    }
}
