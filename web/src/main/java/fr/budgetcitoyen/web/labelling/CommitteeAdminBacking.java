package fr.budgetcitoyen.web.labelling;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.labelling.College;
import fr.budgetcitoyen.labelling.CommitteeAdministration;
import fr.budgetcitoyen.labelling.CommitteeSeat;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** {@code /admin/committee}: the labelling committee of the edition, college by college. */
@Named
@ViewScoped
public class CommitteeAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private CommitteeAdministration administration;

    private String email;
    private College college;

    public Campaign getCampaign() {
        return administration.edition().orElse(null);
    }

    public List<Map.Entry<College, List<CommitteeSeat>>> getColleges() {
        Campaign campaign = getCampaign();
        return campaign == null ? List.of() : List.copyOf(administration.committee(campaign.id()).byCollege().entrySet());
    }

    public int getSize() {
        Campaign campaign = getCampaign();
        return campaign == null ? 0 : administration.committee(campaign.id()).seats().size();
    }

    public void appoint() {
        Refusals.attempt(() -> {
            CommitteeSeat seat = administration.appoint(getCampaign().id(), email, college);
            Messages.addGlobalInfo(Texts.get("committee.appointed"), seat.memberName(), Texts.get("college." + seat.college()));
            email = null;
            college = null;
        }, "appoint");
    }

    public void dismiss(CommitteeSeat seat) {
        administration.dismiss(seat.id());
        Messages.addGlobalInfo(Texts.get("committee.dismissed"), seat.memberName());
    }

    public College[] getAllColleges() {
        return College.values();
    }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public College getCollege() { return college; }

    public void setCollege(College college) { this.college = college; }
}
