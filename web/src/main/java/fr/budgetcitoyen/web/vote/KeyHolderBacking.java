package fr.budgetcitoyen.web.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.vote.CeremonyStep;
import fr.budgetcitoyen.vote.HolderView;
import fr.budgetcitoyen.vote.Urn;
import fr.budgetcitoyen.vote.UrnCeremony;
import fr.budgetcitoyen.vote.UrnException;
import fr.budgetcitoyen.vote.UrnStatus;
import fr.budgetcitoyen.vote.UrnView;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code /key-holder}: for a resident who holds a share of an urn's key, each edition's step of the
 * ceremony in plain words, the exact command their tool runs, every holder's key fingerprint to compare
 * aloud, and the confirmation that they match.
 */
@Named
@ViewScoped
public class KeyHolderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Steps where the holder's tool has something to compute and send. */
    private static final Set<CeremonyStep> TOOL_STEPS = Set.of(CeremonyStep.CERT, CeremonyStep.POLYNOMIAL,
            CeremonyStep.VOUTPUT, CeremonyStep.DECRYPT);

    /** One edition where the caller holds a key: their view of the ceremony, the urn's status and title. */
    public record Holding(HolderView view, UrnStatus status, String title) {

        public boolean isToolStep() {
            return TOOL_STEPS.contains(view.step());
        }

        /** The explanation's bundle key: DONE reads differently once sealed, counting or counted. */
        public String stepKey() {
            return "keyHolder.step." + view.step() + (view.step() == CeremonyStep.DONE && status != null ? "." + status : "");
        }
    }

    @EJB private UrnCeremony ceremony;
    @Inject private CampaignService campaigns;

    private transient List<Holding> holdings;

    /** The editions, newest first, where the signed-in resident is a key holder. */
    public List<Holding> getHoldings() {
        if (holdings == null) {
            List<Holding> mine = new ArrayList<>();
            for (Campaign campaign : campaigns.publicEditions()) {
                try {
                    HolderView view = ceremony.holderView(campaign.year());
                    UrnStatus status = ceremony.view(campaign.year()).map(UrnView::urn).map(Urn::status).orElse(null);
                    mine.add(new Holding(view, status, campaign.title()));
                } catch (UrnException notAHolder) {
                    // no urn in this edition, or not one of its holders
                }
            }
            holdings = mine;
        }
        return holdings;
    }

    /** The command that performs the holder's pending step, for this server. */
    public String command(Holding holding) {
        int year = holding.view().year();
        return UrnToolCommand.holder(Faces.getRequestBaseURL(), year, Faces.getRemoteUser(), UrnToolCommand.keyFile(year));
    }

    public void confirmComparison(int year) {
        holdings = null;
        try {
            ceremony.confirmComparison(year);
            Messages.addFlashGlobalInfo(Texts.get("keyHolder.compared"));
            Faces.redirect("key-holder");
        } catch (UrnException refused) {
            UrnRefusals.show(refused, null);
        }
    }
}
