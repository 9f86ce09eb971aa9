package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectRepository;
import fr.budgetcitoyen.urn.Election;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What every ballot reads, kept a few seconds: the projects on the ballot, the campaign whose vote is open
 * and its sealed election. During the vote every ballot names one of a few dozen projects, and reading each
 * with its category, campaign and calendar was a fifth of the server's time under load; reading the public
 * campaigns and the urn (with its large columns) for each encrypted ballot was as costly. An entry is
 * read-only (ids, codes and dates are what a vote uses) and is read again after {@link #TTL_SECONDS}: an
 * agent's change to the ballot or to the calendar reaches the vote within that time. Refusals are never
 * kept (a project not on the ballot, no open vote, an urn not sealed), so they are always current.
 * Eligibility is still decided per ballot with today's date; the urn's close needs the vote to be over.
 */
@ApplicationScoped
public class OpenBallot {

    static final long TTL_SECONDS = 5;

    private record Entry<T>(T value, long loadedAt) {
        boolean fresh(long now) {
            return now - loadedAt < TimeUnit.SECONDS.toNanos(TTL_SECONDS);
        }
    }

    private final ConcurrentHashMap<Long, Entry<Project>> projects = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Entry<Election>> elections = new ConcurrentHashMap<>();
    private volatile Entry<Campaign> openVote;

    @Inject private ProjectRepository projectRepository;
    @EJB private CampaignService campaigns;
    @Inject private UrnRepository urns;
    @Inject private SealedElections sealed;

    public Optional<Project> project(long projectId) {
        long now = System.nanoTime();
        Entry<Project> cached = projects.get(projectId);
        if (cached != null && cached.fresh(now)) {
            return Optional.of(cached.value());
        }
        Optional<Project> loaded = projectRepository.findOnBallot(projectId);
        loaded.ifPresentOrElse(project -> {
            // Everything the vote reads is loaded now, while the entity is managed: later it is detached.
            loadForVote(project.campaign());
            loadForVote(project.category().campaign());
            projects.put(projectId, new Entry<>(project, now));
        }, () -> projects.remove(projectId));
        return loaded;
    }

    /** The campaign whose vote is open today, with its categories and calendar. */
    public Campaign openVote() {
        long now = System.nanoTime();
        Entry<Campaign> cached = openVote;
        if (cached != null && cached.fresh(now)) {
            return cached.value();
        }
        Campaign campaign = campaigns.openFor(PhaseType.VOTE)
                .orElseThrow(() -> VoteRefusedException.notEligible(List.of(Ineligibility.VOTE_CLOSED)));
        loadForVote(campaign);
        openVote = new Entry<>(campaign, now);
        return campaign;
    }

    /** The sealed election of a campaign whose urn takes ballots. */
    public Election election(Campaign campaign) {
        long now = System.nanoTime();
        Entry<Election> cached = elections.get(campaign.id());
        if (cached != null && cached.fresh(now)) {
            return cached.value();
        }
        Election election = urns.find(campaign.id()).filter(Urn::acceptsBallots).map(sealed::of)
                .orElseThrow(VoteRefusedException::urnNotReady);
        elections.put(campaign.id(), new Entry<>(election, now));
        return election;
    }

    private static void loadForVote(Campaign campaign) {
        campaign.calendar().phase(PhaseType.VOTE);
        // The categories (named when a ballot picks the wrong one) and what a participation reads through them.
        campaign.categories().forEach(category -> category.campaign().calendar().phase(PhaseType.VOTE));
    }
}
