package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.account.Role;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.comptoir.ComptoirRepository;
import fr.budgetcitoyen.comptoir.ComptoirSession;
import fr.budgetcitoyen.comptoir.SessionPlan;
import fr.budgetcitoyen.idea.Idea;
import fr.budgetcitoyen.idea.IdeaDraft;
import fr.budgetcitoyen.idea.IdeaRepository;
import fr.budgetcitoyen.labelling.College;
import fr.budgetcitoyen.labelling.CommitteeRepository;
import fr.budgetcitoyen.labelling.CommitteeSeat;
import fr.budgetcitoyen.territory.TerritoryRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The edition after the current one, when the demo's "today" is past its labelling: its gallery of ideas, its
 * comptoirs and a committee member's seat, so that each of those pages has something to show.
 */
@Dependent
class DemoNextEdition {

    @Inject private AccountRepository accounts;
    @Inject private TerritoryRepository territories;
    @Inject private IdeaRepository ideas;
    @Inject private ComptoirRepository comptoirs;
    @Inject private CommitteeRepository committees;
    @Inject private Clock clock;

    void load(Campaign next) {
        publishDemoIdeas(next);
        planDemoComptoirs(next);
        Account member = accounts.findByEmail(DemoAccounts.emailOf(Role.COMMITTEE_MEMBER)).orElseThrow();
        committees.store(new CommitteeSeat(next.id(), member.id(), member.displayName(), College.ESS_ACTORS, Instant.now(clock)));
    }

    /** Ideas of the next edition's gallery, deposited by the demo resident and already moderated. */
    private void publishDemoIdeas(Campaign next) {
        Account author = accounts.findByEmail(DemoAccounts.emailOf(Role.RESIDENT)).orElseThrow();
        for (IdeaDraft draft : DemoIdeas.published()) {
            String territory = territories.territoryOfCommune(draft.communeInseeCode()).orElseThrow();
            Idea idea = Idea.deposit(next, author.id(), draft, territory, LocalDate.now(clock), Instant.now(clock));
            idea.publish();
            ideas.store(idea);
        }
    }

    /**
     * One session per territory, hosted by the demo comptoir host; the resident took part in the first
     * one (registered before it, attendance recorded) so the figures are not all zero.
     */
    private void planDemoComptoirs(Campaign next) {
        Account host = accounts.findByEmail(DemoAccounts.emailOf(Role.COMPTOIR_HOST)).orElseThrow();
        Account resident = accounts.findByEmail(DemoAccounts.emailOf(Role.RESIDENT)).orElseThrow();
        Long residentIdea = ideas.byAuthor(resident.id()).stream().findFirst().map(Idea::id).orElse(null);
        List<SessionPlan> plans = DemoComptoirs.around(LocalDate.now(clock));
        for (SessionPlan plan : plans) {
            String territory = territories.territoryOfCommune(plan.communeInseeCode()).orElseThrow();
            ComptoirSession session = ComptoirSession.plan(next, plan, territory);
            session.assignHost(host.id());
            if (plan == plans.get(0)) {
                session.register(resident.id(), residentIdea, plan.startsAt().minusDays(2), Instant.now(clock));
                session.recordAttendance(List.of(resident.id()), plan.endsAt());
            }
            comptoirs.store(session);
        }
    }
}
