package fr.budgetcitoyen.idea;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.Caller;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.PhaseClosedException;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.mail.Notifier;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.TerritoryRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Ideas: deposited by the signed-in caller during the ideas step, moderated by the Mission ESS. */
@Stateless
public class IdeaService {

    @EJB private Caller caller;
    @EJB private CampaignService campaigns;
    @Inject private IdeaRepository ideas;
    @Inject private TerritoryRepository territories;
    @EJB private AuditLog audit;
    @Inject private Notifier notifier;
    @Inject private Clock clock;

    /** The edition collecting ideas today, if any. */
    @PermitAll
    public Optional<Campaign> collectingIdeas() {
        return campaigns.openFor(PhaseType.IDEAS);
    }

    /** The edition whose gallery the public sees: the one collecting ideas, else the current one. */
    @PermitAll
    public Optional<Campaign> galleryEdition() {
        return collectingIdeas().or(() -> campaigns.currentEdition().map(o -> o.campaign()));
    }

    @RolesAllowed("RESIDENT")
    public Idea deposit(IdeaDraft draft) {
        Campaign campaign = collectingIdeas().orElseThrow(() -> new PhaseClosedException(
                campaigns.currentEdition().map(o -> o.campaign()).orElseThrow(), PhaseType.IDEAS));
        Account author = caller.account();
        String territory = draft.communeInseeCode() == null ? null
                : territories.territoryOfCommune(draft.communeInseeCode()).orElse(null);
        Idea idea = Idea.deposit(campaign, author.id(), draft, territory, campaigns.today(), Instant.now(clock));
        ideas.store(idea);
        audit.record(author.email(), "idea.deposit", "idea:" + idea.title(), null, idea.status().name());
        return idea;
    }

    @RolesAllowed("RESIDENT")
    public List<Idea> mine() {
        return ideas.byAuthor(caller.account().id());
    }

    @PermitAll
    public List<Idea> gallery(long campaignId, String text, String territory, Theme theme, int first, int max) {
        return ideas.search(campaignId, IdeaStatus.PUBLISHED, text, territory, theme, first, max);
    }

    @PermitAll
    public long galleryCount(long campaignId, String text, String territory, Theme theme) {
        return ideas.count(campaignId, IdeaStatus.PUBLISHED, text, territory, theme);
    }

    @PermitAll
    public Optional<Idea> published(long id) {
        return ideas.find(id).filter(Idea::isPublished);
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public List<Idea> awaitingModeration(long campaignId, String text, int first, int max) {
        return ideas.search(campaignId, IdeaStatus.SUBMITTED, text, null, null, first, max);
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public long awaitingModerationCount(long campaignId, String text) {
        return ideas.count(campaignId, IdeaStatus.SUBMITTED, text, null, null);
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public void publish(long ideaId) {
        Idea idea = ideas.find(ideaId).orElseThrow();
        idea.publish();
        audit.record(caller.account().email(), "idea.publish", "idea:" + ideaId, "SUBMITTED", "PUBLISHED");
        notifyAuthor(idea, "ideaPublished", null, "/idea?id=" + ideaId);
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public void refuse(long ideaId, String reason) {
        Idea idea = ideas.find(ideaId).orElseThrow();
        idea.refuse(reason);
        audit.record(caller.account().email(), "idea.refuse", "idea:" + ideaId, "SUBMITTED", "REFUSED: " + idea.refusalReason());
        notifyAuthor(idea, "ideaRefused", idea.refusalReason(), "/my-ideas");
    }

    /** The question is mailed to the author, who answers from their ideas page. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public void askPrecision(long ideaId, String question) {
        Idea idea = ideas.find(ideaId).orElseThrow();
        idea.askPrecision(question);
        audit.record(caller.account().email(), "idea.askPrecision", "idea:" + ideaId, "SUBMITTED", "PRECISION_REQUESTED: " + question);
        notifyAuthor(idea, "ideaPrecision", idea.precisionRequest(), "/my-ideas");
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public void merge(long ideaId, long targetId) {
        Idea idea = ideas.find(ideaId).orElseThrow();
        Idea target = ideas.find(targetId).orElseThrow(() -> new InvalidFieldsException(
                List.of(new InvalidFieldsException.Problem("target", "idea.merge.target"))));
        idea.mergeInto(target);
        audit.record(caller.account().email(), "idea.merge", "idea:" + ideaId, "SUBMITTED", "MERGED into idea:" + targetId);
        notifyAuthor(idea, "ideaMerged", target.title(), "/idea?id=" + targetId);
    }

    /** Published ideas a duplicate can be merged into. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public List<Idea> mergeTargets(long campaignId) {
        return ideas.search(campaignId, IdeaStatus.PUBLISHED, null, null, null, 0, 500);
    }

    /** The author's answer to the agents' question: the completed description, back to moderation. */
    @RolesAllowed("RESIDENT")
    public void clarify(long ideaId, String description) {
        Account author = caller.account();
        Idea idea = ideas.find(ideaId).filter(i -> i.authorId().equals(author.id())).orElseThrow();
        idea.clarify(author.id(), description);
        audit.record(author.email(), "idea.clarify", "idea:" + ideaId, "PRECISION_REQUESTED", "SUBMITTED");
    }

    /** The author is told in the language they read the portal in, not the moderator's. */
    private void notifyAuthor(Idea idea, String kind, String detail, String page) {
        notifier.noticeIfActive(idea.authorId(), kind, idea.title(), detail, page);
    }
}
