package fr.budgetcitoyen.web.vote;

import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.Territory;
import fr.budgetcitoyen.vote.EncryptionTarget;
import fr.budgetcitoyen.vote.IdempotencyKey;
import fr.budgetcitoyen.vote.Tracker;
import fr.budgetcitoyen.vote.VoteRefusedException;
import fr.budgetcitoyen.vote.VoteService;
import fr.budgetcitoyen.vote.VoterBallot;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ballot page: one choice per category, a confirmation step that says the vote is final, then the
 * receipt page (the code travels in the flash scope, never in a URL).
 */
@Named
@ViewScoped
public class VoteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private VoteService votes;

    private transient VoterBallot ballot;
    private final Map<String, Long> choices = new HashMap<>();
    private String territoryFilter;
    private Theme themeFilter;
    private String pendingCategory;
    private boolean mailReceipt;
    private String encryptedBallot;
    /** One per confirmation: the same confirmation sent again (a retry after an error) gets its first receipt. */
    private IdempotencyKey castKey;
    private transient EncryptionTarget target;

    @PostConstruct
    void load() {
        ballot = votes.ballotForCaller().orElse(null);
    }

    /** Shows the confirmation step for a category once a project is chosen in it. */
    public void review(Category category) {
        if (choices.get(category.code()) == null) {
            // The message goes next to this category's radio group: the button's sibling in the same row.
            String choice = Components.getCurrentActionSource().getClientId().replaceFirst("review$", "choice");
            Messages.addError(choice, Texts.get("vote.choose"));
            Faces.validationFailed();
            return;
        }
        pendingCategory = category.code();
        target = null;
        encryptedBallot = null;
        castKey = IdempotencyKey.random();
    }

    public void cancelReview() {
        pendingCategory = null;
        encryptedBallot = null;
    }

    /** Where the page encrypts the pending choice; null without a sealed urn (the server then encrypts). */
    public EncryptionTarget getTarget() {
        if (target == null && pendingCategory != null && choices.get(pendingCategory) != null) {
            target = votes.encryptionTarget(pendingCategory, choices.get(pendingCategory)).orElse(null);
        }
        return target;
    }

    public String getEncryptedBallot() { return encryptedBallot; }

    public void setEncryptedBallot(String encryptedBallot) { this.encryptedBallot = encryptedBallot; }

    /**
     * Casts the ballot the page encrypted, or, without one (no JavaScript, or encryption failed), has the
     * server encrypt the choice on the voter's behalf.
     */
    public void cast() {
        try {
            Tracker receipt = encryptedBallot == null || encryptedBallot.isBlank()
                    ? votes.cast(pendingCategory, choices.get(pendingCategory), mailReceipt, castKey)
                    : votes.castEncrypted(pendingCategory, encryptedBallot, mailReceipt, castKey);
            Faces.getFlash().put("receipt", receipt.code());
            Faces.getFlash().put("receiptCategory", pendingCategoryName());
            Faces.getFlash().put("receiptMailed", mailReceipt);
            Faces.redirect("vote-receipt");
        } catch (VoteRefusedException refused) {
            refused.messageKeys().forEach(key -> Messages.addGlobalError(Texts.get(key)
                    + (refused.detail() == null ? "" : " " + refused.detail())));
            pendingCategory = null;
            encryptedBallot = null;
            ballot = votes.ballotForCaller().orElse(null);
        }
    }

    public boolean isMailReceipt() { return mailReceipt; }

    public void setMailReceipt(boolean mailReceipt) { this.mailReceipt = mailReceipt; }

    public VoterBallot getBallot() {
        if (ballot == null) {
            load(); // after the view state came back from another node or a passivated session
        }
        return ballot;
    }

    /** The category's projects, filtered by territory and theme, in title order. */
    public List<Project> projectsOf(Category category) {
        return getBallot().projectsOf(category).stream()
                .filter(p -> territoryFilter == null || territoryFilter.isEmpty() || p.territory().code().equals(territoryFilter))
                .filter(p -> themeFilter == null || p.theme().map(themeFilter::equals).orElse(false))
                .sorted(Comparator.comparing(Project::title)).toList();
    }

    public List<Territory> getTerritories() {
        return getBallot().projects().stream().map(Project::territory).distinct()
                .sorted(Comparator.comparing(Territory::name)).toList();
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public Project getPendingProject() {
        Long id = choices.get(pendingCategory);
        return getBallot().projects().stream().filter(p -> Objects.equals(p.id(), id)).findFirst().orElse(null);
    }

    public String pendingCategoryName() {
        return getBallot().campaign().category(pendingCategory).map(Category::name).orElse("");
    }

    public Map<String, Long> getChoices() { return choices; }

    public String getPendingCategory() { return pendingCategory; }

    public String getTerritoryFilter() { return territoryFilter; }

    public void setTerritoryFilter(String territoryFilter) { this.territoryFilter = territoryFilter; }

    public Theme getThemeFilter() { return themeFilter; }

    public void setThemeFilter(Theme themeFilter) { this.themeFilter = themeFilter; }
}
