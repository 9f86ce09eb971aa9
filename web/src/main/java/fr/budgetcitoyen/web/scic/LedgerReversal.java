package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.CapitalChange;
import fr.budgetcitoyen.scic.ScicService;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import org.omnifaces.util.Messages;

import java.io.Serializable;

/**
 * The cancelling of a recorded capital entry ("contre-passation"), started from its ledger line on
 * {@code /admin/scic}: what cancelling it gives is shown first, then the agent confirms with a reason. The entry
 * itself is kept; the reversal is recorded under the agent's name. Kept in the page's view.
 */
public class LedgerReversal implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The entry being reversed, as shown to confirm, or null. */
    private CapitalReview review;
    private String reason;

    /** First step: what cancelling this entry gives; the reason comes with the confirmation. */
    void start(ScicService scics, long movementId) {
        reason = null;
        if (!Refusals.attempt(() -> {
            CapitalChange change = scics.previewReversal(movementId);
            review = CapitalReview.ofReversal(change, change.after().reversed(change.movement()).orElseThrow());
        }, Refusals.GLOBAL)) {
            review = null;
        }
    }

    /** Second step, with its reason: recorded unless the ledger changed meanwhile (then shown again). */
    void confirm(ScicService scics) {
        if (review == null) {
            return;
        }
        try {
            scics.reverse(review.reversedId(), reason, review.confirmed());
            Messages.addGlobalInfo(Texts.get("scic.reversal.recorded"));
            cancel();
        } catch (InvalidFieldsException invalid) {
            if (LedgerEntry.changedMeanwhile(invalid)) {
                String typedReason = reason;
                start(scics, review.reversedId());
                reason = typedReason;
            } else {
                Refusals.show(invalid, "reversal");
            }
        }
    }

    public void cancel() {
        review = null;
        reason = null;
    }

    public CapitalReview getReview() { return review; }

    public String getReason() { return reason; }

    public void setReason(String reason) { this.reason = reason; }
}
