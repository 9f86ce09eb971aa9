package fr.budgetcitoyen.web.partner;

import fr.budgetcitoyen.partner.Partner;
import fr.budgetcitoyen.partner.PartnerKind;
import fr.budgetcitoyen.partner.PartnerService;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.util.List;

/** {@code /admin/partners}: the Mission ESS lists a partner and entrusts it to an account. */
@Named
@RequestScoped
public class PartnersAdminBacking {

    @EJB private PartnerService partners;

    private String name;
    private PartnerKind kind;
    private String role;
    private String website;
    private Long partnerId;
    private String memberEmail;

    public List<Partner> getPartners() {
        return partners.partners();
    }

    public PartnerKind[] getKinds() {
        return PartnerKind.values();
    }

    public void add() {
        Refusals.attempt(() -> {
            Partner added = partners.add(name, kind, role, website);
            Messages.addGlobalInfo(Texts.format("partner.added", added.name()));
            name = null;
            kind = null;
            role = null;
            website = null;
        }, "partner");
    }

    public void entrust() {
        Refusals.attempt(() -> {
            if (partnerId == null) {
                throw new InvalidFieldsException(List.of(new InvalidFieldsException.Problem("partnerChoice", "slot.partner.required")));
            }
            partners.entrust(partnerId, memberEmail);
            Messages.addGlobalInfo(Texts.format("partner.entrusted", memberEmail.strip()));
            memberEmail = null;
        }, "members");
    }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public PartnerKind getKind() { return kind; }

    public void setKind(PartnerKind kind) { this.kind = kind; }

    public String getRole() { return role; }

    public void setRole(String role) { this.role = role; }

    public String getWebsite() { return website; }

    public void setWebsite(String website) { this.website = website; }

    public Long getPartnerId() { return partnerId; }

    public void setPartnerId(Long partnerId) { this.partnerId = partnerId; }

    public String getMemberEmail() { return memberEmail; }

    public void setMemberEmail(String memberEmail) { this.memberEmail = memberEmail; }
}
