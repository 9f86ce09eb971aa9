package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.CapitalMovement;
import fr.budgetcitoyen.scic.MovementKind;
import fr.budgetcitoyen.scic.ScicService;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A capital-ledger entry in two steps, on {@code /admin/scic}: typed in the form {@code movement}, checked and shown
 * with the position it gives (nothing recorded), then confirmed. Recorded unless the ledger changed meanwhile, in
 * which case the agent sees the new position and confirms again. Kept in the page's view, so only serialisable values.
 */
public class LedgerEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final MovementForm movement = new MovementForm();
    /** The typed entry being confirmed, or null. */
    private CapitalReview review;

    /** First step: the entry is checked and the position it gives is shown; nothing is recorded yet. */
    void review(ScicService scics, long scicId) {
        CapitalMovement typed = typed(scicId);
        if (typed == null) {
            return;
        }
        Refusals.attempt(() -> {
            review = CapitalReview.of(scics.preview(typed));
        }, "movement");
    }

    /** Second step: the agent confirmed what was shown. */
    void record(ScicService scics, long scicId) {
        CapitalMovement typed = review == null ? null : typed(scicId);
        if (typed == null) {
            review = null;
            return;
        }
        try {
            scics.record(typed, review.confirmed());
            Messages.addGlobalInfo(Texts.get("scic.movement.recorded." + movement.kind));
            movement.clear();
            review = null;
        } catch (InvalidFieldsException invalid) {
            if (changedMeanwhile(invalid)) {
                review(scics, scicId);
            } else {
                review = null;
                Refusals.show(invalid, "movement");
            }
        }
    }

    /** Back to the form, with what was typed. */
    public void edit() {
        review = null;
    }

    private CapitalMovement typed(long scicId) {
        LocalDate date = Inputs.date(movement.getDate(), "movement:date", "scic.movement.date.invalid");
        Integer shares = movement.kind != null && movement.kind.countsShares()
                ? Inputs.integer(movement.shares, "movement:shares", "scic.movement.shares.invalid") : null;
        Money amount = movement.kind == MovementKind.PAYMENT
                ? Inputs.amount(movement.getAmount(), "movement:amount", "scic.movement.amount.invalid") : null;
        if (movement.kind == null || !movement.kind.isTyped()) {
            Messages.addError("movement:kind", Texts.get("scic.movement.kind.required"));
            Faces.validationFailed();
        }
        return Faces.isValidationFailed() ? null : movement.toMovement(scicId, date, shares, amount);
    }

    /** Whether the ledger changed since the figures were shown: then said, and shown again to confirm. */
    static boolean changedMeanwhile(InvalidFieldsException invalid) {
        boolean changed = invalid.problems().stream().anyMatch(p -> p.key().equals("scic.movement.changedMeanwhile"));
        if (changed) {
            Messages.addGlobalError(Texts.get("scic.movement.changedMeanwhile"));
        }
        return changed;
    }

    /** What an agent types (a reversal is made from the ledger). */
    public MovementKind[] getKinds() {
        return Arrays.stream(MovementKind.values()).filter(MovementKind::isTyped).toArray(MovementKind[]::new);
    }

    public MovementForm getMovement() { return movement; }

    public CapitalReview getReview() { return review; }
}
