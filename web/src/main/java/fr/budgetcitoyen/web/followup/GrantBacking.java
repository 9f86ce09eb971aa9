package fr.budgetcitoyen.web.followup;

import fr.budgetcitoyen.followup.FollowUpService;
import fr.budgetcitoyen.followup.FollowUpService.GrantLine;
import fr.budgetcitoyen.followup.Instalment;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.format.PaymentFields;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.PageSubject;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /admin/grant?id=N}: one funded project's agreement and instalments, and its carrier's reports. A
 * mistyped instalment is never edited: it is reversed ("contre-passation") with a reason, after the agent
 * saw what the totals become.
 */
@Named
@ViewScoped
public class GrantBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private FollowUpService followUp;
    @Inject @Param(name = "id") private String id;

    /** One row of the instalments: the instalment, and what cancels it or what it cancels. */
    public record InstalmentLine(Instalment instalment, Instalment reversal, Instalment reversed, boolean reversible) {
    }

    private final PageSubject<GrantLine> grant = new PageSubject<>();
    /** The instalment being reversed, or null; and the reason typed for it. */
    private Long reversing;
    private String reason;
    private String signedOn;
    private final PaymentFields instalment = new PaymentFields();

    @PostConstruct
    void load() {
        grant.load(id, followUp::grant, "Subvention inconnue");
    }

    public GrantLine getLine() {
        return grant.read(followUp::grant);
    }

    public List<InstalmentLine> getInstalments() {
        List<Instalment> all = followUp.instalments(grant.id());
        return all.stream().map(i -> {
            Instalment reversal = all.stream().filter(r -> r.isReversal() && r.reverses().equals(i.id())).findFirst().orElse(null);
            Instalment reversed = i.isReversal()
                    ? all.stream().filter(o -> o.id().equals(i.reverses())).findFirst().orElse(null) : null;
            return new InstalmentLine(i, reversal, reversed, !i.isReversal() && reversal == null);
        }).toList();
    }

    /** The instalment being reversed. */
    public Instalment getReversing() {
        return reversing == null ? null
                : followUp.instalments(grant.id()).stream().filter(i -> i.id().equals(reversing)).findFirst().orElse(null);
    }

    /** What was paid once the instalment being reversed no longer counts. */
    public Money getPaidAfterReversal() {
        Instalment instalment = getReversing();
        GrantLine line = getLine();
        return instalment == null || line == null ? null : line.paid().minus(instalment.amount());
    }

    public void startReversal(long instalmentId) {
        reversing = instalmentId;
        reason = null;
    }

    public void reverse() {
        if (reversing == null) {
            return;
        }
        Refusals.attempt(() -> {
            followUp.reverse(grant.id(), reversing, reason);
            Messages.addGlobalInfo(Texts.get("followup.reversed"));
            reversing = null;
            reason = null;
        }, "reversal");
    }

    public void cancelReversal() {
        reversing = null;
        reason = null;
    }

    public String getReason() { return reason; }

    public void setReason(String reason) { this.reason = reason; }

    public void sign() {
        LocalDate day = Inputs.date(signedOn, "agreement:signedOn", "followup.date.invalid");
        if (Faces.isValidationFailed()) {
            return;
        }
        Refusals.attempt(() -> {
            followUp.signAgreement(grant.id(), day);
            Messages.addGlobalInfo(Texts.get("followup.signed"));
        }, "agreement");
    }

    public void pay() {
        LocalDate day = Inputs.date(instalment.getDate(), "instalment:paidOn", "followup.date.invalid");
        Money money = Inputs.amount(instalment.getAmount(), "instalment:amount", "followup.instalment.amount.invalid");
        if (Faces.isValidationFailed()) {
            return;
        }
        Refusals.attempt(() -> {
            followUp.pay(grant.id(), day, money, instalment.getReference());
            Messages.addGlobalInfo(Texts.get("followup.paid"));
            instalment.clear();
        }, "instalment");
    }

    public String getSignedOn() { return signedOn; }

    public void setSignedOn(String signedOn) { this.signedOn = signedOn; }

    /** The instalment being typed. */
    public PaymentFields getInstalment() { return instalment; }
}
