package fr.budgetcitoyen.web.followup;

import fr.budgetcitoyen.followup.FollowUpService;
import fr.budgetcitoyen.followup.FollowUpService.GrantLine;
import fr.budgetcitoyen.followup.Instalment;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
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
import java.util.Optional;

/** {@code /admin/grant?id=N}: one funded project's agreement and instalments, and its carrier's reports. */
@Named
@ViewScoped
public class GrantBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FollowUpService followUp;

    @Inject
    @Param(name = "id")
    private String id;

    private long grantId;
    private String signedOn;
    private String paidOn;
    private String amount;
    private String reference;

    @PostConstruct
    void load() {
        Optional<GrantLine> found = id != null && id.matches("\\d{1,12}") ? followUp.grant(Long.parseLong(id)) : Optional.empty();
        if (found.isEmpty()) {
            Faces.responseSendError(404, "Subvention inconnue");
            return;
        }
        grantId = found.get().grant().id();
    }

    public GrantLine getLine() {
        return followUp.grant(grantId).orElse(null);
    }

    public List<Instalment> getInstalments() {
        return followUp.instalments(grantId);
    }

    public void sign() {
        LocalDate day = Inputs.date(signedOn, "agreement:signedOn", "followup.date.invalid");
        if (Faces.isValidationFailed()) {
            return;
        }
        try {
            followUp.signAgreement(grantId, day);
            Messages.addGlobalInfo(Texts.get("followup.signed"));
        } catch (InvalidFieldsException invalid) {
            Texts.show(invalid, "agreement");
        }
    }

    public void pay() {
        LocalDate day = Inputs.date(paidOn, "instalment:paidOn", "followup.date.invalid");
        Money money = Inputs.amount(amount, "instalment:amount", "followup.instalment.amount.invalid");
        if (Faces.isValidationFailed()) {
            return;
        }
        try {
            followUp.pay(grantId, day, money, reference);
            Messages.addGlobalInfo(Texts.get("followup.paid"));
            paidOn = null;
            amount = null;
            reference = null;
        } catch (InvalidFieldsException invalid) {
            Texts.show(invalid, "instalment");
        }
    }

    public String getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(String signedOn) {
        this.signedOn = signedOn;
    }

    public String getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(String paidOn) {
        this.paidOn = paidOn;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
