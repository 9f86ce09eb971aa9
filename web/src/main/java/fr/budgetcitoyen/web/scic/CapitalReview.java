package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.CapitalChange;
import fr.budgetcitoyen.scic.CapitalFigures;
import fr.budgetcitoyen.scic.CapitalMovement;
import fr.budgetcitoyen.scic.LocalAuthorityShare;
import fr.budgetcitoyen.scic.MovementKind;
import fr.budgetcitoyen.shared.Money;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An entry the agent is about to confirm, as the page shows it: the entry (or, for a reversal, the entry
 * it cancels), the département's figures before and after, what a redemption repays, and the local
 * authorities' share afterwards. Kept in the view (replicated), so only serialisable values.
 *
 * @param reversedId the entry being reversed; null for a typed entry
 * @param confirmed  the figures after, which recording checks again
 */
public record CapitalReview(Long reversedId, MovementKind kind, LocalDate date, long shares, Money amount, String reference,
                            String recordedBy, CapitalFigures before, CapitalFigures confirmed, Money repaid, boolean backDated,
                            LocalAuthorityShare share) implements Serializable {

    private static final long serialVersionUID = 1L;

    static CapitalReview of(CapitalChange change) {
        CapitalMovement m = change.movement();
        return new CapitalReview(null, m.kind(), m.date(), m.shares(), m.paid(), m.reference(), null, change.before().figures(),
                change.after().figures(), change.repaid(), change.backDated(), change.share().orElse(null));
    }

    static CapitalReview ofReversal(CapitalChange change, CapitalMovement original) {
        return new CapitalReview(original.id(), original.kind(), original.date(), original.shares(), original.paid(),
                original.reference(), original.recorded().by(), change.before().figures(), change.after().figures(), Money.ZERO,
                change.backDated(), change.share().orElse(null));
    }

    public boolean countsShares() {
        return kind.countsShares();
    }

    public boolean isRedemption() {
        return kind == MovementKind.REDEMPTION;
    }
}
