package fr.budgetcitoyen.web.research;

import fr.budgetcitoyen.research.ResearchAccess;
import fr.budgetcitoyen.research.ResearchGrant;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** {@code /admin/research}: agents grant an account access to the research data, see every grant, revoke one. */
@Named
@ViewScoped
public class ResearchGrantsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private ResearchAccess access;
    @Inject private Clock clock;

    private String email;
    private String purpose;
    private String expiresOn;
    private transient List<ResearchAccess.GrantLine> grants;

    public void grant() {
        LocalDate until = Inputs.date(expiresOn, "grant:expiresOn", "research.expiresOn.unreadable");
        if (Faces.isValidationFailed()) {
            return;
        }
        Refusals.attempt(() -> {
            access.grant(email, purpose, until);
            Messages.addGlobalInfo(Texts.format("research.granted", email.strip()));
            email = null;
            purpose = null;
            expiresOn = null;
            grants = null;
        }, "grant");
    }

    public void revoke(ResearchAccess.GrantLine line) {
        access.revoke(line.grant().id());
        Messages.addGlobalInfo(Texts.format("research.revoked", line.email()));
        grants = null;
    }

    public List<ResearchAccess.GrantLine> getGrants() {
        if (grants == null) {
            grants = access.grants();
        }
        return grants;
    }

    public ResearchGrant.Status status(ResearchGrant grant) {
        return grant.status(LocalDate.now(clock));
    }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public String getPurpose() { return purpose; }

    public void setPurpose(String purpose) { this.purpose = purpose; }

    public String getExpiresOn() { return expiresOn; }

    public void setExpiresOn(String expiresOn) { this.expiresOn = expiresOn; }
}
