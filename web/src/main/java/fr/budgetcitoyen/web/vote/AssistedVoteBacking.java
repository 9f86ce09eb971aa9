package fr.budgetcitoyen.web.vote;

import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.vote.AssistedVoting;
import fr.budgetcitoyen.vote.Tracker;
import fr.budgetcitoyen.vote.VoteRefusedException;
import fr.budgetcitoyen.vote.VoterBallot;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.security.Credentials;
import fr.budgetcitoyen.web.platform.PageIds;
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
import java.util.Optional;

/**
 * {@code /assisted-vote}: a comptoir host or an agent lends their device; the resident types their own
 * e-mail and password, then votes. The receipt is shown once, to the resident, on this page.
 */
@Named
@ViewScoped
public class AssistedVoteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private AssistedVoting assisted;

    private final Credentials credentials = new Credentials();
    private String ticket;
    private final Map<String, String> choices = new HashMap<>();
    private String receipt;
    private String receiptCategory;
    private boolean mailReceipt;
    private boolean receiptMailed;

    public void identify() {
        ticket = assisted.identify(credentials.getEmail(), credentials.getPassword(), Faces.getRemoteAddr()).orElse(null);
        credentials.forgetPassword();
        if (ticket == null) {
            Messages.addError("identify:email", Texts.get("vote.assisted.identifyFailed"));
            Faces.validationFailed();
        }
    }

    public void cast(Category category) {
        Optional<Long> choice = PageIds.parse(choices.get(category.code()));
        if (choice.isEmpty()) {
            Messages.addError(Components.getCurrentActionSource().getClientId().replaceFirst("cast$", "choice"), Texts.get("vote.choose"));
            Faces.validationFailed();
            return;
        }
        try {
            Tracker cast = assisted.cast(ticket, category.code(), choice.get(), mailReceipt);
            receipt = cast.code();
            receiptCategory = category.name();
            receiptMailed = mailReceipt;
        } catch (VoteRefusedException refused) {
            refused.messageKeys().forEach(key -> Messages.addGlobalError(Texts.get(key)));
        }
    }

    public void end() {
        assisted.end(ticket);
        ticket = null;
        credentials.clear();
        receipt = null;
        mailReceipt = false;
        choices.clear();
        Messages.addGlobalInfo(Texts.get("vote.assisted.ended"));
    }

    public VoterBallot getBallot() {
        try {
            return ticket == null ? null : assisted.ballot(ticket).orElse(null);
        } catch (VoteRefusedException expired) {
            ticket = null;
            Messages.addGlobalError(Texts.get("vote.assisted.expired"));
            return null;
        }
    }

    public List<Project> projectsOf(Category category) {
        return getBallot().projectsOf(category).stream().sorted(Comparator.comparing(Project::title)).toList();
    }

    public String getResidentName() {
        return ticket == null ? null : assisted.residentName(ticket);
    }

    public boolean isIdentified() {
        return ticket != null;
    }

    public Map<String, String> getChoices() { return choices; }

    public String getReceipt() { return receipt; }

    public String getReceiptCategory() { return receiptCategory; }

    public boolean isMailReceipt() { return mailReceipt; }

    public void setMailReceipt(boolean mailReceipt) { this.mailReceipt = mailReceipt; }

    public boolean isReceiptMailed() { return receiptMailed; }

    public Credentials getCredentials() { return credentials; }
}
