package fr.budgetcitoyen.web.idea;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.idea.Idea;
import fr.budgetcitoyen.idea.IdeaService;
import fr.budgetcitoyen.web.format.ListSearch;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.PageIds;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Mission ESS's queue of ideas to moderate: publish, or refuse with the reason the author receives. */
@Named
@ViewScoped
public class ModerationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @EJB private IdeaService ideas;

    private final Map<Long, String> reasons = new HashMap<>();
    /** Idea → the id of the published idea it duplicates, as the select posts it. */
    private final Map<Long, String> targets = new HashMap<>();
    private String search;
    /** Paged by postbacks: the page stays with the view. */
    private final ListSearch paging = new ListSearch(PAGE_SIZE, null);

    public List<Idea> getQueue() {
        Campaign campaign = getCampaign();
        return campaign == null ? List.of()
                : ideas.awaitingModeration(campaign.id(), search, getPaging().getFirst(), PAGE_SIZE);
    }

    /** Counted again on each read: other agents moderate the same queue. */
    public ListSearch getPaging() {
        Campaign campaign = getCampaign();
        return paging.counted(campaign == null ? 0 : ideas.awaitingModerationCount(campaign.id(), search));
    }

    public Campaign getCampaign() {
        return ideas.galleryEdition().orElse(null);
    }

    public void publish(Idea idea) {
        ideas.publish(idea.id());
        Messages.addGlobalInfo(Texts.get("moderation.published"), idea.title());
    }

    public void refuse(Idea idea) {
        moderate(() -> ideas.refuse(idea.id(), reasons.get(idea.id())), "moderation.refused", idea);
    }

    public void askPrecision(Idea idea) {
        moderate(() -> ideas.askPrecision(idea.id(), reasons.get(idea.id())), "moderation.asked", idea);
    }

    public void merge(Idea idea) {
        String target = targets.get(idea.id());
        moderate(() -> ideas.merge(idea.id(), PageIds.parse(target).orElse(0L)),
                "moderation.merged", idea);
    }

    public List<Idea> getMergeTargets() {
        Campaign campaign = getCampaign();
        return campaign == null ? List.of() : ideas.mergeTargets(campaign.id());
    }

    /** Runs a decision on one row; a refused input is shown next to that row's field (the button's sibling). */
    private void moderate(Runnable decision, String doneKey, Idea idea) {
        try {
            if (Refusals.attempt(decision, field -> Refusals.besideButton("target".equals(field) ? "target" : "reason"))) {
                reasons.remove(idea.id());
                Messages.addGlobalInfo(Texts.get(doneKey), idea.title());
            }
        } catch (jakarta.ejb.EJBException unknown) {
            Messages.addGlobalError(Texts.get("moderation.gone"));
        }
    }

    public void next() {
        getPaging().next();
    }

    public void previous() {
        getPaging().previous();
    }

    public void doSearch() {
        paging.restart();
    }

    public Map<Long, String> getTargets() { return targets; }

    public Map<Long, String> getReasons() { return reasons; }

    public String getSearch() { return search; }

    public void setSearch(String search) { this.search = search; }
}
